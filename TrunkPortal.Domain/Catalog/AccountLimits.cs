namespace TrunkPortal.Domain.Catalog;

/// <summary>The account limits of rules L1-L5; the defaults are the seed's "Before you start" list.</summary>
public sealed record AccountLimits
{
    /// <summary>L1: trunks per account.</summary>
    public int TrunksPerAccount { get; init; } = 10;

    /// <summary>L2: trunks per data center, per account.</summary>
    public int TrunksPerDataCenter { get; init; } = 10;

    /// <summary>L3: source hosts per trunk.</summary>
    public int SourceHostsPerTrunk { get; init; } = 3;

    /// <summary>L4: destination hosts per trunk.</summary>
    public int DestinationHostsPerTrunk { get; init; } = 3;

    /// <summary>L5: different data centers per account.</summary>
    public int DataCentersPerAccount { get; init; } = 2;
}
