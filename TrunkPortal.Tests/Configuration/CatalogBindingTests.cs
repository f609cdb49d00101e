using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Configuration;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Configuration;

/// <summary>The root appsettings.json (copied next to the tests exactly as next to the app) binds into the catalog records.</summary>
public class CatalogBindingTests
{
    private static readonly string[] _apiLocations =
        ["SAO_PAULO", "BOGOTA", "FRANKFURT", "SWEDEN", "JOHANNESBURG", "NEW_YORK", "PORTLAND", "MOSCOW", "SINGAPORE", "ISTANBUL", "KUALA_LUMPUR"];

    private static IConfiguration RootAppSettings() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json", optional: false)
        .Build();

    private static ServiceProvider Services() =>
        new ServiceCollection().AddPortalCatalog(RootAppSettings()).BuildServiceProvider();

    private static PortalCatalog Bind()
    {
        using var services = Services();
        return services.GetRequiredService<PortalCatalog>();
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Bind_ShouldListTheApisElevenDataCenters_InEnumOrder() =>
        Assert.Equal(_apiLocations, Bind().DataCenters.Select(d => d.Code));

    [Theory]
    [Trait("Rule", "N1")]
    [Trait("Rule", "N4")]
    [InlineData("FRANKFURT", "62.140.31.124", "62.140.31.213", "62.140.31.0/24")]
    [InlineData("SAO_PAULO", "81.23.253.104", "81.23.253.60", "81.23.253.0/24")]
    [InlineData("KUALA_LUMPUR", "202.22.165.100", "202.22.165.222", "202.22.165.0/24")]
    public void Bind_ShouldCarrySeedAddresses_WhenDataCenterIsInSeedTable(string code, string staticIp, string registeredIp, string subnet)
    {
        var dc = Bind().DataCenters.Single(d => d.Code == code);

        Assert.Equal(staticIp, dc.StaticSbcIp);
        Assert.Equal(registeredIp, dc.RegisteredSbcIp);
        Assert.Equal(staticIp, dc.SbcIp);
        Assert.Equal([subnet], dc.Subnets);
    }

    [Fact]
    [Trait("Rule", "N1")]
    public void Bind_ShouldLeaveLegacyIpsNull_ForSwedenWhichTheSeedDoesNotList()
    {
        var sweden = Bind().DataCenters.Single(d => d.Code == "SWEDEN");

        Assert.Null(sweden.StaticSbcIp);
        Assert.Null(sweden.RegisteredSbcIp);
        Assert.StartsWith("203.0.113.", sweden.SbcIp, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "N3")]
    public void Bind_ShouldReadTheSeedsThreeRegionPairs()
    {
        var pairs = Bind().RegionPairs.Select(p => $"{p.Name}:{p.Primary}-{p.Secondary}");
        Assert.Equal(["Europe:FRANKFURT-SWEDEN", "North America:NEW_YORK-PORTLAND", "Asia-Pacific:SINGAPORE-KUALA_LUMPUR"], pairs);
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Bind_ShouldReadScalarsLimitsAndCutoff()
    {
        var catalog = Bind();

        Assert.Equal("sip.voice.infobip.com", catalog.FqdnSuffix);
        Assert.Equal(new DateOnly(2026, 4, 13), catalog.LegacyCutoffDate);
        Assert.Equal(new AccountLimits
        {
            TrunksPerAccount = 10, TrunksPerDataCenter = 10, SourceHostsPerTrunk = 3, DestinationHostsPerTrunk = 3, DataCentersPerAccount = 2,
        }, catalog.DefaultLimits);
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Bind_ShouldReadTheSeedsFifteenGenesysLoginUrls()
    {
        var urls = Bind().GenesysLoginUrls;

        Assert.Equal(15, urls.Count);
        Assert.Equal(15, urls.Select(u => u.Region).Distinct().Count());
        Assert.DoesNotContain(urls, u => u.Region == GenesysRegion.ApSoutheast1);
        var germany = urls.Single(u => u.Url == "https://login.mypurecloud.de");
        Assert.Equal(("EU Central 1", GenesysRegion.EuCentral1), (germany.DisplayName, germany.Region));
    }

    [Fact]
    [Trait("Rule", "F6")]
    public void Bind_ShouldMapEveryGenesysRegionToADefaultDataCenter()
    {
        var defaults = Bind().DefaultDataCenters;

        Assert.Equal(Enum.GetValues<GenesysRegion>().Order(), defaults.ByGenesysRegion.Keys.Order());
        Assert.Equal("PORTLAND", defaults.ByGenesysRegion[GenesysRegion.NaUsWest2]);
        Assert.Equal("FRANKFURT", defaults.ByGenesysRegion[GenesysRegion.EuCentral1]);
        Assert.Equal("SAO_PAULO", defaults.ByGenesysRegion[GenesysRegion.SaEast1]);
    }

    [Fact]
    [Trait("Rule", "F6")]
    public void Bind_ShouldDefaultCiscoWebexToAUsDataCenter()
    {
        using var services = Services();
        var lookup = services.GetRequiredService<CatalogLookup>();

        var location = lookup.DefaultLocationFor(TrunkKind.Of(ProviderType.CiscoWebex));
        Assert.Equal("NEW_YORK", location);
        Assert.True(lookup.IsUnitedStates(location));
        Assert.Equal("FRANKFURT", lookup.DefaultLocationFor(TrunkKind.Static));
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldPass_WhenCatalogIsTheShippedOne() =>
        Assert.Empty(new PortalCatalogValidator().Validate(Bind()).Errors);
}
