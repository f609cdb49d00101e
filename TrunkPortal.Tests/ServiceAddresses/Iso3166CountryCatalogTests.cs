using TrunkPortal.ServiceAddresses;

namespace TrunkPortal.Tests.ServiceAddresses;

public sealed class Iso3166CountryCatalogTests
{
    private readonly Iso3166CountryCatalog _catalog = new();

    [Fact]
    [Trait("Rule", "U1")]
    public void Countries_ShouldHoldEveryAssignedIso3166Country_WhenLoadedFromTheEmbeddedData()
    {
        Assert.Equal(249, _catalog.Countries.Count);
        Assert.All(_catalog.Countries, c => Assert.Matches("^[A-Z]{3}$", c.Code));
        Assert.Equal(249, _catalog.Countries.Select(c => c.Code).Distinct().Count());
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("HRV", "Croatia")]
    [InlineData("USA", "United States of America")]
    [InlineData("NZL", "New Zealand")]
    [InlineData("GLP", "Guadeloupe")]
    public void FindCountry_ShouldReturnEnglishName_WhenCodeIsAlpha3(string code, string name)
    {
        Assert.Equal(name, _catalog.FindCountry(code)?.Name);
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("HR")]
    [InlineData("hrv")]
    [InlineData("XYZ")]
    [InlineData("")]
    public void FindCountry_ShouldReturnNull_WhenCodeIsNotAnExactAlpha3Code(string code)
    {
        Assert.Null(_catalog.FindCountry(code));
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void RegionsOf_ShouldListTheTwentyOneCroatianCounties_WhenCountryIsHrv()
    {
        var regions = _catalog.RegionsOf("HRV");

        Assert.Equal(Enumerable.Range(1, 21).Select(i => $"HR-{i:00}"), regions.Select(r => r.Code));
        Assert.All(regions, r => Assert.Equal("HRV", r.CountryCode));
        Assert.Equal("Dubrovačko-neretvanska županija", regions.Single(r => r.Code == "HR-19").Name);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void RegionsOf_ShouldIncludeCalifornia_WhenCountryIsUsa()
    {
        var california = Assert.Single(_catalog.RegionsOf("USA"), r => r.Code == "US-CA");
        Assert.Equal("California", california.Name);
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("GIB")]
    [InlineData("GLP")]
    [InlineData("XYZ")]
    public void RegionsOf_ShouldBeEmpty_WhenCountryHasNoRegionsOrIsUnknown(string code)
    {
        Assert.Empty(_catalog.RegionsOf(code));
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void RegionsOf_ShouldOfferOnlyTopLevelSubdivisions_WhenTheStandardNestsThem()
    {
        var france = _catalog.RegionsOf("FRA").Select(r => r.Code).ToList();

        Assert.Contains("FR-ARA", france);      // region (parent FR)
        Assert.DoesNotContain("FR-01", france); // department Ain (parent FR-ARA)
    }
}
