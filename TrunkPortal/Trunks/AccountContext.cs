using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Limits;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>What the rules need to know about an account at the moment of a change, read in one place.</summary>
public sealed record AccountContext(
    Guid AccountId,
    string AccountName,
    IReadOnlySet<BillingPackageType> ActivatedPlans,
    AccountLimits Limits,
    IReadOnlyList<LiveTrunk> LiveTrunks,
    IReadOnlyList<TrunkLifetime> History,
    IReadOnlySet<string> ServiceAddressIds,
    bool IsLegacy)
{
    public AccountSnapshot Snapshot(Guid? excludingTrunk = null) =>
        new([.. LiveTrunks.Where(t => t.Id != excludingTrunk).Select(t => t.Location)], Limits);

    public IReadOnlyCollection<string> NamesExcept(Guid? trunkId) =>
        [.. LiveTrunks.Where(t => t.Id != trunkId).Select(t => t.Name)];

    /// <summary>What the trunk validators know of this account, for a new trunk or the one with <paramref name="editedTrunkId"/>.</summary>
    public TrunkValidationContext ValidationContext(PortalCatalog catalog, Guid? editedTrunkId) => new()
    {
        Catalog = catalog,
        ActivatedPlans = ActivatedPlans,
        ServiceAddressIds = ServiceAddressIds,
        ExistingTrunkNames = LiveTrunks.ToDictionary(t => t.Id.ToString(), t => t.Name),
        EditedTrunkId = editedTrunkId?.ToString(),
    };
}

/// <summary>A trunk that is not deleted: its name (F3) and data center (L1, L2, L5).</summary>
public sealed record LiveTrunk(Guid Id, string Name, string Location);
