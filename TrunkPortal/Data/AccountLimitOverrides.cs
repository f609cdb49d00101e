using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Data;

/// <summary>Per-account overrides of the L1-L5 limits, stored as nullable columns on the account row.</summary>
public sealed class AccountLimitOverrides
{
    public int? TrunksPerAccount { get; set; }

    public int? TrunksPerDataCenter { get; set; }

    public int? SourceHostsPerTrunk { get; set; }

    public int? DestinationHostsPerTrunk { get; set; }

    public int? DataCentersPerAccount { get; set; }

    /// <summary>The limits in force for the account: each override where set, else the catalog default.</summary>
    public AccountLimits ApplyTo(AccountLimits defaults) => defaults with
    {
        TrunksPerAccount = TrunksPerAccount ?? defaults.TrunksPerAccount,
        TrunksPerDataCenter = TrunksPerDataCenter ?? defaults.TrunksPerDataCenter,
        SourceHostsPerTrunk = SourceHostsPerTrunk ?? defaults.SourceHostsPerTrunk,
        DestinationHostsPerTrunk = DestinationHostsPerTrunk ?? defaults.DestinationHostsPerTrunk,
        DataCentersPerAccount = DataCentersPerAccount ?? defaults.DataCentersPerAccount,
    };
}
