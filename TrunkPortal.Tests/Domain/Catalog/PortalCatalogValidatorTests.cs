using FluentValidation.TestHelper;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Catalog;

public class PortalCatalogValidatorTests
{
    private readonly PortalCatalogValidator _validator = new();

    private static PortalCatalog WithFirstDataCenter(Func<DataCenter, DataCenter> change)
    {
        var catalog = TestCatalog.Create();
        return catalog with { DataCenters = [change(catalog.DataCenters[0]), .. catalog.DataCenters.Skip(1)] };
    }

    private void ShouldFail(PortalCatalog catalog, string propertyPath, string configurationKey)
    {
        var failures = _validator.TestValidate(catalog).ShouldHaveValidationErrorFor(propertyPath);
        Assert.All(failures, f => Assert.StartsWith(configurationKey + ": ", f.ErrorMessage, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldPass_WhenCatalogIsWellFormed() =>
        _validator.TestValidate(TestCatalog.Create()).ShouldNotHaveAnyValidationErrors();

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("frankfurt")]
    [InlineData("FRANK-FURT")]
    [InlineData("_FRANKFURT")]
    [InlineData("FRANKFURT_")]
    [InlineData("NEW__YORK")]
    [InlineData("FRANKFURT\n")]
    [InlineData("")]
    public void Validate_ShouldNameCodeKey_WhenCodeIsNotUpperSnakeCase(string code) =>
        ShouldFail(WithFirstDataCenter(d => d with { Code = code }), "DataCenters[0].Code", "Catalog:DataCenters:0:Code");

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("KUALA_LUMPUR")]
    [InlineData("X")]
    [InlineData("DC2_B")]
    public void Validate_ShouldAcceptCode_WhenUpperSnakeCase(string code)
    {
        var catalog = WithFirstDataCenter(d => d with { Code = code });
        catalog = catalog with { RegionPairs = [], DefaultDataCenters = new DefaultDataCenters { Default = code } };
        _validator.TestValidate(catalog).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldNameSecondOccurrence_WhenCodeIsDuplicated()
    {
        var catalog = TestCatalog.Create();
        catalog = catalog with { DataCenters = [.. catalog.DataCenters, TestCatalog.Bogota] };
        ShouldFail(catalog, "DataCenters[5].Code", "Catalog:DataCenters:5:Code");
    }

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("1.2.3")]
    [InlineData("1")]
    [InlineData("010.0.0.1")]
    [InlineData("62.140.31.256")]
    [InlineData("62.140.31.124:5060")]
    [InlineData("sbc.example.com")]
    public void Validate_ShouldNameIpKey_WhenStaticSbcIpDoesNotParse(string ip) =>
        ShouldFail(WithFirstDataCenter(d => d with { StaticSbcIp = ip }), "DataCenters[0].StaticSbcIp", "Catalog:DataCenters:0:StaticSbcIp");

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("62.140.31.124")]
    [InlineData("2001:db8::1")]
    public void Validate_ShouldAcceptLegacyIp_WhenAbsentOrAnAddress(string? ip) =>
        _validator.TestValidate(WithFirstDataCenter(d => d with { StaticSbcIp = ip, RegisteredSbcIp = ip }))
            .ShouldNotHaveAnyValidationErrors();

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("")]
    [InlineData("1.2.3")]
    public void Validate_ShouldNameSbcIpKey_WhenSbcIpIsMissingOrMalformed(string ip) =>
        ShouldFail(WithFirstDataCenter(d => d with { SbcIp = ip }), "DataCenters[0].SbcIp", "Catalog:DataCenters:0:SbcIp");

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("62.140.31.124/24")]
    [InlineData("62.140.31.0")]
    [InlineData("62.140.31.0/33")]
    [InlineData("subnet/24")]
    [InlineData("062.140.31.0/24")]
    public void Validate_ShouldNameSubnetKey_WhenSubnetIsNotCidr(string subnet) =>
        ShouldFail(WithFirstDataCenter(d => d with { Subnets = ["62.140.31.0/24", subnet] }),
            "DataCenters[0].Subnets[1]", "Catalog:DataCenters:0:Subnets:1");

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("62.140.31.0/24")]
    [InlineData("62.140.31.124/32")]
    [InlineData("2001:db8::/32")]
    public void Validate_ShouldAcceptSubnet_WhenCidr(string subnet) =>
        _validator.TestValidate(WithFirstDataCenter(d => d with { Subnets = [subnet] })).ShouldNotHaveAnyValidationErrors();

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldNameSubnetsKey_WhenNoSubnetIsListed() =>
        ShouldFail(WithFirstDataCenter(d => d with { Subnets = [] }), "DataCenters[0].Subnets", "Catalog:DataCenters:0:Subnets");

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("EU")]
    [InlineData("e u")]
    [InlineData("-eu")]
    [InlineData("eu.west")]
    [InlineData("")]
    public void Validate_ShouldNameLabelKey_WhenLabelIsNotADnsLabel(string label) =>
        ShouldFail(WithFirstDataCenter(d => d with { FqdnRegionLabel = label }),
            "DataCenters[0].FqdnRegionLabel", "Catalog:DataCenters:0:FqdnRegionLabel");

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("DE")]
    [InlineData("deu")]
    [InlineData("")]
    public void Validate_ShouldNameCountryKey_WhenNotAlpha3(string country) =>
        ShouldFail(WithFirstDataCenter(d => d with { CountryCode = country }),
            "DataCenters[0].CountryCode", "Catalog:DataCenters:0:CountryCode");

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldNameDataCentersKey_WhenCatalogIsEmpty() =>
        ShouldFail(TestCatalog.Create() with { DataCenters = [] }, "DataCenters", "Catalog:DataCenters");

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("")]
    [InlineData("Sip.Voice.Infobip.Com")]
    [InlineData("localhost")]
    public void Validate_ShouldNameSuffixKey_WhenSuffixIsNotADomain(string suffix) =>
        ShouldFail(TestCatalog.Create() with { FqdnSuffix = suffix }, "FqdnSuffix", "Catalog:FqdnSuffix");

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldNameCutoffKey_WhenCutoffIsNotSet() =>
        ShouldFail(TestCatalog.Create() with { LegacyCutoffDate = default }, "LegacyCutoffDate", "Catalog:LegacyCutoffDate");

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldNameUrlKey_WhenGenesysUrlIsNotHttps()
    {
        var url = new GenesysLoginUrl { Url = "http://login.mypurecloud.de", DisplayName = "EU Central 1", Region = GenesysRegion.EuCentral1 };
        ShouldFail(TestCatalog.Create() with { GenesysLoginUrls = [url] }, "GenesysLoginUrls[0].Url", "Catalog:GenesysLoginUrls:0:Url");
    }
}
