namespace TrunkPortal.Domain.Limits;

/// <summary>Rule L7: every refusal names the limit, the current count and what the person can do.</summary>
/// <remarks>Counts are non-negative integers, which every culture formats the same way.</remarks>
internal static class LimitMessages
{
    private const string AskSupport = "ask Support to raise the limit";

    public static string TrunksPerAccount(int current, int limit) =>
        $"Your account already has {Count(current, "SIP trunk")}, and the limit is {limit} per account. "
            + $"Delete a trunk you no longer need, or {AskSupport}.";

    public static string TrunksPerDataCenter(string location, int current, int limit, IReadOnlyList<string> otherInUse, bool canAddDataCenter)
    {
        var choices = new List<string> { $"delete a trunk in {location}" };
        if (otherInUse.Count > 0)
        {
            choices.Add($"choose a data center you already use ({string.Join(", ", otherInUse)})");
        }
        if (canAddDataCenter)
        {
            choices.Add("choose a data center you do not use yet");
        }
        choices.Add(AskSupport);
        return $"Your account already has {Count(current, "SIP trunk")} in data center {location}, and the limit is "
            + $"{limit} per data center. {Capitalised(Choices(choices))}.";
    }

    public static string DataCentersPerAccount(string location, IReadOnlyList<string> inUse, int limit, IReadOnlyList<string> withRoom)
    {
        var choices = new List<string>();
        if (withRoom.Count > 0)
        {
            choices.Add($"choose a data center you already use ({string.Join(", ", withRoom)})");
        }
        choices.Add("delete every trunk in one of them");
        choices.Add(AskSupport);
        return $"Your account already has trunks in {Count(inUse.Count, "data center")} ({string.Join(", ", inUse)}), "
            + $"and the limit is {limit} different data centers per account, so {location} cannot be added. "
            + $"{Capitalised(Choices(choices))}.";
    }

    public static string HostsPerTrunk(string hosts, int current, int limit) =>
        $"This trunk has {Count(current, hosts)}, and the limit is {limit} per trunk. "
            + $"Remove {current - limit}, or {AskSupport}.";

    public static string HostListFull(string hosts, int current, int limit) =>
        $"This trunk already has {Count(current, hosts)}, the limit per trunk is {limit}. "
            + $"Remove one to add another, or {AskSupport}.";

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static string Choices(List<string> choices) =>
        choices.Count == 1 ? choices[0] : $"{string.Join(", ", choices.Take(choices.Count - 1))}, or {choices[^1]}";

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
