using FluentValidation.TestHelper;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Catalog;

/// <summary>The catalog's cross-references and limits: pairs, defaults (F6) and account limits (L1-L5).</summary>
public class PortalCatalogValidatorReferenceTests
{
    private readonly PortalCatalogValidator _validator = new();

    private void ShouldFail(PortalCatalog catalog, string propertyPath, string configurationKey)
    {
        var failures = _validator.TestValidate(catalog).ShouldHaveValidationErrorFor(propertyPath);
        Assert.All(failures, f => Assert.StartsWith(configurationKey + ": ", f.ErrorMessage, StringComparison.Ordinal));
    }

    private static PortalCatalog WithPair(string primary, string secondary) =>
        TestCatalog.Create() with { RegionPairs = [new RegionPair { Name = "Pair", Primary = primary, Secondary = secondary }] };

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldNameSecondaryKey_WhenPairNamesUnknownDataCenter() =>
        ShouldFail(WithPair("FRANKFURT", "STOCKHOLM"), "RegionPairs[0].Secondary", "Catalog:RegionPairs:0:Secondary");

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldNamePrimaryKey_WhenPairNamesUnknownDataCenter() =>
        ShouldFail(WithPair("BERLIN", "SWEDEN"), "RegionPairs[0].Primary", "Catalog:RegionPairs:0:Primary");

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldRefusePair_WhenBothSidesAreTheSame() =>
        ShouldFail(WithPair("BOGOTA", "BOGOTA"), "RegionPairs[0].Secondary", "Catalog:RegionPairs:0:Secondary");

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldRefusePair_WhenDataCenterIsInTwoPairs()
    {
        var catalog = TestCatalog.Create();
        catalog = catalog with
        {
            RegionPairs = [.. catalog.RegionPairs, new RegionPair { Name = "Atlantic", Primary = "BOGOTA", Secondary = "PORTLAND" }],
        };
        ShouldFail(catalog, "RegionPairs[2].Secondary", "Catalog:RegionPairs:2:Secondary");
    }

    [Fact]
    [Trait("Rule", "F6")]
    public void Validate_ShouldNameDefaultKey_WhenDefaultIsUnknown() =>
        ShouldFail(TestCatalog.Create() with { DefaultDataCenters = new DefaultDataCenters { Default = "PARIS" } },
            "DefaultDataCenters.Default", "Catalog:DefaultDataCenters:Default");

    [Fact]
    [Trait("Rule", "F6")]
    public void Validate_ShouldNameKindKey_WhenKindDefaultIsUnknownDataCenter()
    {
        var defaults = TestCatalog.Create().DefaultDataCenters with
        {
            ByKind = new Dictionary<string, string> { ["CiscoWebex"] = "CHICAGO" },
        };
        ShouldFail(TestCatalog.Create() with { DefaultDataCenters = defaults },
            "DefaultDataCenters.ByKind[CiscoWebex]", "Catalog:DefaultDataCenters:ByKind:CiscoWebex");
    }

    [Fact]
    [Trait("Rule", "F6")]
    public void Validate_ShouldNameKindKey_WhenKindIsUnknown()
    {
        var defaults = TestCatalog.Create().DefaultDataCenters with
        {
            ByKind = new Dictionary<string, string> { ["Zoom"] = "NEW_YORK" },
        };
        ShouldFail(TestCatalog.Create() with { DefaultDataCenters = defaults },
            "DefaultDataCenters.ByKind[Zoom]", "Catalog:DefaultDataCenters:ByKind:Zoom");
    }

    [Fact]
    [Trait("Rule", "F6")]
    public void Validate_ShouldNameRegionKey_WhenGenesysDefaultIsUnknownDataCenter()
    {
        var defaults = TestCatalog.Create().DefaultDataCenters with
        {
            ByGenesysRegion = new Dictionary<GenesysRegion, string> { [GenesysRegion.ApSouth1] = "MUMBAI" },
        };
        ShouldFail(TestCatalog.Create() with { DefaultDataCenters = defaults },
            "DefaultDataCenters.ByGenesysRegion[ApSouth1]", "Catalog:DefaultDataCenters:ByGenesysRegion:ApSouth1");
    }

    public static TheoryData<string, Func<AccountLimits, int, AccountLimits>> Limits => new()
    {
        { "TrunksPerAccount", (l, v) => l with { TrunksPerAccount = v } },
        { "TrunksPerDataCenter", (l, v) => l with { TrunksPerDataCenter = v } },
        { "SourceHostsPerTrunk", (l, v) => l with { SourceHostsPerTrunk = v } },
        { "DestinationHostsPerTrunk", (l, v) => l with { DestinationHostsPerTrunk = v } },
        { "DataCentersPerAccount", (l, v) => l with { DataCentersPerAccount = v } },
    };

    [Theory]
    [Trait("Rule", "L1")]
    [Trait("Rule", "L2")]
    [Trait("Rule", "L3")]
    [Trait("Rule", "L4")]
    [Trait("Rule", "L5")]
    [MemberData(nameof(Limits))]
    public void Validate_ShouldNameLimitKey_WhenLimitIsZeroOrLess(string name, Func<AccountLimits, int, AccountLimits> set)
    {
        foreach (var value in new[] { 0, -1 })
        {
            ShouldFail(TestCatalog.Create() with { DefaultLimits = set(new AccountLimits(), value) },
                $"DefaultLimits.{name}", $"Catalog:DefaultLimits:{name}");
        }
        var one = TestCatalog.Create() with { DefaultLimits = set(new AccountLimits(), 1) };
        _validator.TestValidate(one).ShouldNotHaveAnyValidationErrors();
    }
}
