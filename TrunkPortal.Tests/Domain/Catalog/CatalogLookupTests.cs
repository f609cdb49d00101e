using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Catalog;

public class CatalogLookupTests
{
    private readonly CatalogLookup _lookup = new(TestCatalog.Create());

    [Theory]
    [Trait("Rule", "F6")]
    [InlineData(TrunkType.Static)]
    [InlineData(TrunkType.Registered)]
    [InlineData(TrunkType.Authenticated)]
    public void DefaultLocationFor_ShouldReturnCatalogDefault_WhenKindHasNoEntry(TrunkType type) =>
        Assert.Equal("FRANKFURT", _lookup.DefaultLocationFor(new TrunkKind(type)));

    [Fact]
    [Trait("Rule", "F6")]
    public void DefaultLocationFor_ShouldReturnProviderEntry_WhenProviderHasOne() =>
        Assert.Equal("NEW_YORK", _lookup.DefaultLocationFor(TrunkKind.Of(ProviderType.CiscoWebex)));

    [Fact]
    [Trait("Rule", "F6")]
    public void DefaultLocationFor_ShouldReturnCatalogDefault_WhenProviderHasNoEntry() =>
        Assert.Equal("FRANKFURT", _lookup.DefaultLocationFor(TrunkKind.Of(ProviderType.OpenAiRealtime)));

    [Fact]
    [Trait("Rule", "F6")]
    public void DefaultLocationFor_ShouldReturnRegionEntry_WhenGenesysRegionHasOne() =>
        Assert.Equal("PORTLAND", _lookup.DefaultLocationFor(TrunkKind.Of(ProviderType.GenesysCloud), GenesysRegion.NaUsWest2));

    [Fact]
    [Trait("Rule", "F6")]
    public void DefaultLocationFor_ShouldFallBack_WhenGenesysRegionHasNoEntry() =>
        Assert.Equal("FRANKFURT", _lookup.DefaultLocationFor(TrunkKind.Of(ProviderType.GenesysCloud), GenesysRegion.ApSouth1));

    [Fact]
    [Trait("Rule", "F6")]
    public void DefaultLocationFor_ShouldIgnoreRegion_WhenProviderIsNotGenesys() =>
        Assert.Equal("NEW_YORK", _lookup.DefaultLocationFor(TrunkKind.Of(ProviderType.CiscoWebex), GenesysRegion.NaUsWest2));

    [Fact]
    [Trait("Rule", "F6")]
    public void DefaultLocationFor_ShouldMatchKindKey_WhenConfigurationSpelledItInAnotherCase()
    {
        var catalog = TestCatalog.Create();
        var lookup = new CatalogLookup(catalog with
        {
            DefaultDataCenters = catalog.DefaultDataCenters with { ByKind = new Dictionary<string, string> { ["ciscowebex"] = "PORTLAND" } },
        });
        Assert.Equal("PORTLAND", lookup.DefaultLocationFor(TrunkKind.Of(ProviderType.CiscoWebex)));
    }

    [Theory]
    [Trait("Rule", "N3")]
    [InlineData("NEW_YORK", "PORTLAND")]
    [InlineData("PORTLAND", "NEW_YORK")]
    [InlineData("FRANKFURT", "SWEDEN")]
    [InlineData("SWEDEN", "FRANKFURT")]
    public void PairOf_ShouldReturnPartner_WhenDataCenterIsOnEitherSideOfAPair(string code, string partner) =>
        Assert.Equal(partner, _lookup.PairOf(code)?.Code);

    [Theory]
    [Trait("Rule", "N3")]
    [InlineData("BOGOTA")]
    [InlineData("ATLANTIS")]
    [InlineData(null)]
    public void PairOf_ShouldReturnNull_WhenDataCenterIsStandaloneOrUnknown(string? code) =>
        Assert.Null(_lookup.PairOf(code));

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("NEW_YORK", true)]
    [InlineData("PORTLAND", true)]
    [InlineData("FRANKFURT", false)]
    [InlineData("new_york", false)]
    [InlineData(null, false)]
    public void IsUnitedStates_ShouldFollowCountryCode_WhenAsked(string? code, bool expected) =>
        Assert.Equal(expected, _lookup.IsUnitedStates(code));

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("BOGOTA", true)]
    [InlineData("Bogota", false)]
    [InlineData("", false)]
    public void Find_ShouldMatchExactApiSpelling_WhenLookingUpCode(string code, bool found) =>
        Assert.Equal(found, _lookup.Find(code) is not null);
}

/// <summary>P3: the data centers the wizard offers a kind, from the same rule the validator applies.</summary>
public sealed class CatalogLookupKindTests
{
    [Fact]
    [Trait("Rule", "P3")]
    public void DataCentersFor_ShouldOfferCiscoWebexTheUsDataCentersOnly_AndEveryOtherKindAll()
    {
        var lookup = new CatalogLookup(TestCatalog.Create());

        Assert.Equal(["NEW_YORK", "PORTLAND"], lookup.DataCentersFor(TrunkKind.Of(ProviderType.CiscoWebex)).Select(d => d.Code));
        Assert.Equal(TestCatalog.Create().DataCenters.Count, lookup.DataCentersFor(TrunkKind.Registered).Count);
        Assert.True(CatalogLookup.IsUsOnly(TrunkKind.Of(ProviderType.CiscoWebex)));
    }
}

/// <summary>P2: Genesys regions by their web-interface names.</summary>
public sealed class GenesysRegionNameTests
{
    [Fact]
    [Trait("Rule", "P2")]
    public void GenesysRegionName_ShouldShowTheWebInterfaceName_WithTheApiNameBeside()
    {
        var lookup = new CatalogLookup(TestCatalog.Create() with
        {
            GenesysLoginUrls = [new GenesysLoginUrl { Url = "https://login.mypurecloud.de", DisplayName = "EU Central 1", Region = GenesysRegion.EuCentral1 }],
        });

        Assert.Equal("EU Central 1 (EU_CENTRAL_1)", lookup.GenesysRegionName(GenesysRegion.EuCentral1));
        Assert.Equal("AP_SOUTHEAST_1", lookup.GenesysRegionName(GenesysRegion.ApSoutheast1));
    }
}
