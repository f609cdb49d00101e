using TrunkPortal.Domain.Providers;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Providers;

public class GenesysRegionResolverTests
{
    private readonly GenesysRegionResolver _resolver = new(TestCatalog.Catalog);

    [Theory]
    [Trait("Rule", "P2")]
    [InlineData("https://login.mypurecloud.jp", GenesysRegion.ApNortheast1)]
    [InlineData("https://login.apne2.pure.cloud", GenesysRegion.ApNortheast2)]
    [InlineData("https://login.apne3.pure.cloud", GenesysRegion.ApNortheast3)]
    [InlineData("https://login.aps1.pure.cloud", GenesysRegion.ApSouth1)]
    [InlineData("https://login.mypurecloud.com.au", GenesysRegion.ApSoutheast2)]
    [InlineData("https://login.cac1.pure.cloud", GenesysRegion.CaCentral1)]
    [InlineData("https://login.mypurecloud.ie", GenesysRegion.EuWest1)]
    [InlineData("https://login.euw2.pure.cloud", GenesysRegion.EuWest2)]
    [InlineData("https://login.mypurecloud.de", GenesysRegion.EuCentral1)]
    [InlineData("https://login.euc2.pure.cloud", GenesysRegion.EuCentral2)]
    [InlineData("https://login.mec1.pure.cloud", GenesysRegion.MeCentral1)]
    [InlineData("https://login.sae1.pure.cloud", GenesysRegion.SaEast1)]
    [InlineData("https://login.mypurecloud.com", GenesysRegion.NaUsEast1)]
    [InlineData("https://login.use2.us-gov.pure.cloud", GenesysRegion.NaUsEast2)]
    [InlineData("https://login.usw2.pure.cloud", GenesysRegion.NaUsWest2)]
    public void Resolve_ShouldFindTheRegion_ForEachOfTheSeedsLoginUrls(string url, GenesysRegion region)
    {
        var result = _resolver.Resolve(url);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(region, result.Region);
    }

    [Theory]
    [Trait("Rule", "P2")]
    [InlineData("https://login.mypurecloud.de/")]
    [InlineData("login.mypurecloud.de")]
    [InlineData("  HTTPS://LOGIN.MyPureCloud.DE  ")]
    [InlineData("http://login.mypurecloud.de/#/authenticate")]
    [InlineData("https://apps.mypurecloud.de/directory/")]
    [InlineData("EU_CENTRAL_1")]
    [InlineData("EU Central 1")]
    public void Resolve_ShouldTolerateWhatPeoplePaste(string typed)
    {
        Assert.Equal(GenesysRegion.EuCentral1, _resolver.Resolve(typed).Region);
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Resolve_ShouldNotConfuseTheComAndComAuDomains()
    {
        Assert.Equal(GenesysRegion.NaUsEast1, _resolver.Resolve("login.mypurecloud.com").Region);
        Assert.Equal(GenesysRegion.ApSoutheast2, _resolver.Resolve("login.mypurecloud.com.au").Region);
    }

    [Theory]
    [Trait("Rule", "P2")]
    [InlineData("https://login.mypurecloud.fr")]
    [InlineData("https://example.com")]
    [InlineData("")]
    public void Resolve_ShouldRefuseAnUnknownAddress_ListingTheAcceptedOnes(string typed)
    {
        var result = _resolver.Resolve(typed);

        Assert.False(result.IsSuccess);
        Assert.Contains("https://login.mypurecloud.de (EU Central 1)", result.Error, StringComparison.Ordinal);
        Assert.Contains("https://login.usw2.pure.cloud (US West 2)", result.Error, StringComparison.Ordinal);
    }
}
