using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Accounts;

/// <summary>An account's plans (B1), limits with defaults and overrides (L1-L5), and addressing (N1), as shown.</summary>
public sealed record AccountSettings(
    Guid AccountId,
    string Name,
    bool MeteredActive,
    bool UnlimitedActive,
    AccountLimits Defaults,
    LimitOverrides Overrides,
    AccountLimits Effective,
    bool IsLegacy,
    int LiveTrunks,
    IReadOnlyList<string> DataCentersInUse);

/// <summary>Per-account limit overrides; null means "the catalog's default".</summary>
public sealed record LimitOverrides(
    int? TrunksPerAccount,
    int? TrunksPerDataCenter,
    int? SourceHostsPerTrunk,
    int? DestinationHostsPerTrunk,
    int? DataCentersPerAccount);
