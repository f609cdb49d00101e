using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Catalog;

/// <summary>Rule F6: the data center used when <c>location</c> is omitted, per trunk kind and provider region.</summary>
public sealed record DefaultDataCenters
{
    /// <summary>For STATIC, REGISTERED and AUTHENTICATED trunks and providers without a more specific entry.</summary>
    public string Default { get; init; } = "";

    /// <summary>Per trunk type or provider type name, e.g. { "CiscoWebex": "NEW_YORK" }.</summary>
    public IReadOnlyDictionary<string, string> ByKind { get; init; } = new Dictionary<string, string>();

    /// <summary>GENESYS_CLOUD trunks: per Genesys region, e.g. { "EuCentral1": "FRANKFURT" }.</summary>
    public IReadOnlyDictionary<GenesysRegion, string> ByGenesysRegion { get; init; } = new Dictionary<GenesysRegion, string>();
}
