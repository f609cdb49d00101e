using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Domain.Limits;

/// <summary>
/// What limits L1, L2 and L5 look at: one location per trunk the account has, and the limits in force.
/// Trunks whose deletion is still in progress (DELETING) belong here too: their slot is freed when the deletion
/// completes, so a deletion that fails cannot leave the account above its limits.
/// </summary>
/// <param name="TrunkLocations">The data center code of every trunk, one entry per trunk.</param>
/// <param name="Limits">The catalog's defaults, or the account's own limits where support set them.</param>
public sealed record AccountSnapshot(IReadOnlyList<string> TrunkLocations, AccountLimits Limits)
{
    /// <summary>Per-account limits, when support set them, replace the catalog's defaults as a whole.</summary>
    public static AccountSnapshot Of(IEnumerable<string> trunkLocations, PortalCatalog catalog, AccountLimits? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(trunkLocations);
        ArgumentNullException.ThrowIfNull(catalog);
        return new AccountSnapshot(trunkLocations.ToList().AsReadOnly(), overrides ?? catalog.DefaultLimits);
    }

    /// <summary>The data centers the account uses, each once, in alphabetical order.</summary>
    public IReadOnlyList<string> DataCentersInUse =>
        TrunkLocations.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public int TrunksIn(string location) => TrunkLocations.Count(l => l == location);
}
