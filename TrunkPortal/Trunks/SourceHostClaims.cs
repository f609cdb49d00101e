using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Domain.Hosts;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>Rule S6 against the database: who holds a source host in a data center, and what a trunk should hold.</summary>
internal static class SourceHostClaims
{
    /// <summary>The trunks other than <paramref name="exceptTrunkId"/> that hold any of <paramref name="hosts"/> in <paramref name="location"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, SourceHostHolder>> HoldersAsync(
        AppDbContext db, Guid accountId, string location, IEnumerable<string> hosts, Guid? exceptTrunkId, CancellationToken cancellationToken)
    {
        var keys = hosts.Select(SourceOverlap.Key).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, SourceHostHolder>();
        }
        var held = await (
                from claim in db.SourceHostClaims
                join trunk in db.Trunks on claim.TrunkId equals trunk.Id
                where claim.Location == location && keys.Contains(claim.Host) && claim.TrunkId != exceptTrunkId
                select new { claim.Host, trunk.AccountId, trunk.Name })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return held.ToDictionary(h => h.Host, h => new SourceHostHolder(h.AccountId == accountId ? h.Name : null), StringComparer.Ordinal);
    }

    /// <summary>
    /// The field errors S6 gives a static trunk's settings, keyed like the validators' ("SourceHosts[1]").
    /// </summary>
    public static async Task<IReadOnlyList<FieldError>> ErrorsAsync(
        AppDbContext db, Guid accountId, TrunkRequest settings, Guid? trunkId, CancellationToken cancellationToken)
    {
        if (settings.Type != TrunkType.Static || settings.SourceHosts is not { Count: > 0 } sources || settings.Location is not { } location)
        {
            return [];
        }
        var holders = await HoldersAsync(db, accountId, location, sources, trunkId, cancellationToken);
        return [.. SourceOverlap.Check(sources, location, holders)
            .Select(o => new FieldError($"{nameof(TrunkRequest.SourceHosts)}[{o.Index}]", o.Message))];
    }

    /// <summary>
    /// What a trunk holds: a live static trunk its source hosts, and during an edit also the previous ones (a RESET
    /// restores them, so nobody may take them meanwhile).
    /// </summary>
    public static HashSet<string> DesiredFor(TrunkEntity trunk) => SourceOverlap.HeldBy(
        liveStatic: trunk.Type == TrunkType.Static && trunk.DeletedAt is null,
        trunk.SourceHosts,
        trunk.PreviousSettingsJson is { } previous ? StoredPreviousSettings.Read(previous).SourceHosts : null);
}
