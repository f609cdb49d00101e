using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Catalog;

/// <summary>
/// The operator's catalog, bound from the "Catalog" section of the root appsettings.json (rule N4):
/// data centers, SBC addresses, region pairs, account limits, the legacy cut-off, the Genesys login URLs
/// and the default data centers (rule F6). Code never hard-codes any of it.
/// </summary>
public sealed record PortalCatalog
{
    public const string SectionName = "Catalog";

    public IReadOnlyList<DataCenter> DataCenters { get; init; } = [];

    /// <summary>Failover pairs: the primary's SRV records name the secondary with a lower priority (rule N3).</summary>
    public IReadOnlyList<RegionPair> RegionPairs { get; init; } = [];

    /// <summary>Appended to "&lt;uuid&gt;.&lt;region label&gt;." to form a trunk FQDN (rule N2), e.g. "sip.voice.infobip.com".</summary>
    public string FqdnSuffix { get; init; } = "";

    /// <summary>Default limits of every account; support can override them per account (L1-L5).</summary>
    public AccountLimits DefaultLimits { get; init; } = new();

    /// <summary>Accounts with a trunk on this date keep static SBC IPs (rule N1).</summary>
    public DateOnly LegacyCutoffDate { get; init; }

    /// <summary>The seed's Genesys PureCloud login URL table (rule P2).</summary>
    public IReadOnlyList<GenesysLoginUrl> GenesysLoginUrls { get; init; } = [];

    /// <summary>The data center used when a request omits <c>location</c> (rule F6).</summary>
    public DefaultDataCenters DefaultDataCenters { get; init; } = new();
}
