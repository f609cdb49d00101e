using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Catalog;

/// <summary>A small valid catalog: a pair with legacy IPs on both sides, a pair with one side lacking them, a standalone.</summary>
internal static class TestCatalog
{
    public static DataCenter Frankfurt => Dc("FRANKFURT", "DEU", "62.140.31.124", "62.140.31.213", "eu", "62.140.31.0/24");

    public static DataCenter Sweden => Dc("SWEDEN", "SWE", null, null, "se", "203.0.113.0/24") with { SbcIp = "203.0.113.10" };

    public static DataCenter NewYork => Dc("NEW_YORK", "USA", "185.255.9.23", "185.255.9.216", "us-east", "185.255.9.0/24");

    public static DataCenter Portland => Dc("PORTLAND", "USA", "185.255.11.170", "185.255.11.110", "us-west", "185.255.11.0/24");

    public static DataCenter Bogota => Dc("BOGOTA", "COL", "81.23.252.124", "81.23.252.80", "co", "81.23.252.0/24");

    public static PortalCatalog Create() => new()
    {
        DataCenters = [Frankfurt, Sweden, NewYork, Portland, Bogota],
        RegionPairs =
        [
            new RegionPair { Name = "Europe", Primary = "FRANKFURT", Secondary = "SWEDEN" },
            new RegionPair { Name = "North America", Primary = "NEW_YORK", Secondary = "PORTLAND" },
        ],
        FqdnSuffix = "sip.voice.infobip.com",
        DefaultLimits = new AccountLimits(),
        LegacyCutoffDate = new DateOnly(2026, 4, 13),
        GenesysLoginUrls =
        [
            new GenesysLoginUrl { Url = "https://login.mypurecloud.de", DisplayName = "EU Central 1", Region = GenesysRegion.EuCentral1 },
        ],
        DefaultDataCenters = new DefaultDataCenters
        {
            Default = "FRANKFURT",
            ByKind = new Dictionary<string, string> { ["CiscoWebex"] = "NEW_YORK" },
            ByGenesysRegion = new Dictionary<GenesysRegion, string> { [GenesysRegion.NaUsWest2] = "PORTLAND" },
        },
    };

    private static DataCenter Dc(string code, string country, string? staticIp, string? registeredIp, string label, string subnet) => new()
    {
        Code = code,
        DisplayName = code,
        Geography = code,
        CountryCode = country,
        StaticSbcIp = staticIp,
        RegisteredSbcIp = registeredIp,
        FqdnRegionLabel = label,
        SbcHost = $"sbc.{label}.sip.voice.infobip.com",
        SbcIp = staticIp ?? "203.0.113.10",
        Subnets = [subnet],
    };
}
