namespace TrunkPortal.Domain.Hosts;

/// <summary>The trunk that already holds a source host in a data center; <see cref="TrunkName"/> is null for another account's trunk (R1: not named).</summary>
public sealed record SourceHostHolder(string? TrunkName);

/// <summary>
/// Rule S6: the edge tells static trunks apart by the address a request comes from, so in one data center a source
/// host belongs to one trunk. A create or edit that would share one is refused, naming the other trunk when it is
/// the same account's.
/// </summary>
public static class SourceOverlap
{
    public const string RuleId = "S6";

    /// <summary>Every source host of the request that another trunk in <paramref name="location"/> already holds, by its index.</summary>
    public static IReadOnlyList<(int Index, string Message)> Check(
        IReadOnlyList<string> sourceHosts, string location, IReadOnlyDictionary<string, SourceHostHolder> holders)
    {
        ArgumentNullException.ThrowIfNull(sourceHosts);
        ArgumentNullException.ThrowIfNull(holders);
        var overlaps = new List<(int, string)>();
        for (var i = 0; i < sourceHosts.Count; i++)
        {
            if (holders.TryGetValue(Key(sourceHosts[i]), out var holder))
            {
                overlaps.Add((i, Message(sourceHosts[i], location, holder)));
            }
        }
        return overlaps;
    }

    /// <summary>How a source host is compared and stored as a claim: its normalised form (S5), domain names in lower case.</summary>
    public static string Key(string host) => host.Trim().ToLowerInvariant();

    /// <summary>
    /// The source hosts a trunk holds in its data center: a live static trunk its current ones, and during an edit
    /// also the previous ones (a RESET restores them, so nobody may take them meanwhile); any other trunk none.
    /// </summary>
    public static HashSet<string> HeldBy(bool liveStatic, IEnumerable<string> current, IEnumerable<string>? previous)
    {
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        if (liveStatic)
        {
            hosts.UnionWith(current.Select(Key));
            hosts.UnionWith((previous ?? []).Select(Key));
        }
        return hosts;
    }

    public static string Message(string host, string location, SourceHostHolder holder) => holder.TrunkName is { } name
        ? $"{host} is already a source host of your trunk \"{name}\" in {location}: the platform could not tell the two "
          + "trunks' calls apart. Remove it from one of them, or use a trunk in another data center."
        : $"{host} is already a source host of another customer's trunk in {location}: the platform could not tell the "
          + "two trunks' calls apart. Use a different source address, or a trunk in another data center.";
}
