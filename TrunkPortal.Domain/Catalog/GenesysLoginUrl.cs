using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Catalog;

/// <summary>One row of the seed's Genesys table: login URL, web-interface region name, API region (P2).</summary>
public sealed record GenesysLoginUrl
{
    public string Url { get; init; } = "";

    /// <summary>The web interface's name, e.g. "EU West 1".</summary>
    public string DisplayName { get; init; } = "";

    public GenesysRegion Region { get; init; }
}
