namespace TrunkPortal.Domain.Catalog;

/// <summary>A failover pair of data centers (N1 backup IP, N3 SRV secondary), e.g. NEW_YORK and PORTLAND.</summary>
public sealed record RegionPair
{
    /// <summary>What people call the pair, e.g. "North America".</summary>
    public string Name { get; init; } = "";

    public string Primary { get; init; } = "";

    public string Secondary { get; init; } = "";
}
