using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Catalog;

/// <summary>Questions the rules ask of the catalog, answered from configuration only (rule N4).</summary>
public sealed class CatalogLookup
{
    private readonly Dictionary<string, DataCenter> _byCode;

    public CatalogLookup(PortalCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        Catalog = catalog;
        _byCode = catalog.DataCenters.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public PortalCatalog Catalog { get; }

    /// <summary>The data center with this API code (exact spelling, e.g. "NEW_YORK"), or null.</summary>
    public DataCenter? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var dc) ? dc : null;

    /// <summary>The codes in catalog order, for messages that say what is accepted.</summary>
    public IReadOnlyList<string> Codes => Catalog.DataCenters.Select(d => d.Code).ToList();

    /// <summary>True for a data center in the United States (country USA), where rules U1 and P3 apply.</summary>
    public bool IsUnitedStates(string? code) => Find(code)?.IsUnitedStates == true;

    /// <summary>
    /// P2: a Genesys region as people know it from Genesys Cloud's web interface, with the API's name beside it,
    /// e.g. "EU Central 1 (EU_CENTRAL_1)"; the API name alone where the seed's table has no row for the region.
    /// </summary>
    public string GenesysRegionName(GenesysRegion region) =>
        Catalog.GenesysLoginUrls.FirstOrDefault(u => u.Region == region) is { DisplayName.Length: > 0 } row
            ? $"{row.DisplayName} ({ApiNames.Of(region)})"
            : ApiNames.Of(region);

    /// <summary>P3: the data centers a trunk of <paramref name="kind"/> may be created in (Cisco Webex: the US ones only).</summary>
    public IReadOnlyList<DataCenter> DataCentersFor(TrunkKind kind) => IsUsOnly(kind)
        ? [.. Catalog.DataCenters.Where(d => d.IsUnitedStates)]
        : Catalog.DataCenters;

    /// <summary>P3: Cisco Webex trunks are available in US data centers only (<see cref="TrunkKindInfo.UsOnly"/>).</summary>
    public static bool IsUsOnly(TrunkKind kind) => TrunkKinds.Find(kind)?.UsOnly == true;

    /// <summary>
    /// The failover partner of a data center (rules N1, N3), or null for a standalone one. Pairs work both ways:
    /// the primary SBC is always the chosen data center, so a PORTLAND trunk fails over to NEW_YORK.
    /// </summary>
    public DataCenter? PairOf(string? code)
    {
        var pair = Catalog.RegionPairs.FirstOrDefault(p => p.Primary == code || p.Secondary == code);
        return pair is null ? null : Find(pair.Primary == code ? pair.Secondary : pair.Primary);
    }

    /// <summary>The region pair a data center belongs to, or null for a standalone one.</summary>
    public RegionPair? RegionPairOf(string? code) =>
        Catalog.RegionPairs.FirstOrDefault(p => p.Primary == code || p.Secondary == code);

    /// <summary>
    /// Rule F6: the data center used when a request omits <c>location</c>. Most specific first: the Genesys
    /// region, then the provider, then the trunk type, then the catalog-wide default.
    /// </summary>
    public string DefaultLocationFor(TrunkKind kind, GenesysRegion? genesysRegion = null)
    {
        var defaults = Catalog.DefaultDataCenters;
        if (kind.Provider == ProviderType.GenesysCloud
            && genesysRegion is { } region
            && defaults.ByGenesysRegion.TryGetValue(region, out var byRegion))
        {
            return byRegion;
        }
        return (kind.Provider is { } provider ? ByKind(defaults, provider.ToString()) : null)
            ?? ByKind(defaults, kind.Type.ToString())
            ?? defaults.Default;
    }

    // Configuration keys are case-insensitive, the bound dictionary is not: compare the way configuration does.
    private static string? ByKind(DefaultDataCenters defaults, string name) =>
        defaults.ByKind.FirstOrDefault(e => string.Equals(e.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}
