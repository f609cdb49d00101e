using TrunkPortal.Domain;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Domain.Catalog;

namespace TrunkPortal.Tests.Domain.Addressing;

public class SbcAllocatorTests
{
    private static readonly Guid _trunkId = Guid.Parse("A1B2C3D4-E5F6-7890-ABCD-EF1234567890");
    private readonly SbcAllocator _allocator = new(TestCatalog.Create());

    [Theory]
    [Trait("Rule", "N1")]
    [InlineData(TrunkType.Static, false, "185.255.9.23:5060", "185.255.11.170:5060")]
    [InlineData(TrunkType.Static, true, "185.255.9.23:5061", "185.255.11.170:5061")]
    [InlineData(TrunkType.Registered, false, "185.255.9.216:5060", "185.255.11.110:5060")]
    [InlineData(TrunkType.Registered, true, "185.255.9.216:5061", "185.255.11.110:5061")]
    [InlineData(TrunkType.Provider, false, "185.255.9.23:5060", "185.255.11.170:5060")]
    public void Allocate_ShouldGiveSeedIpAndPairedBackup_WhenAccountIsLegacy(TrunkType type, bool tls, string primary, string backup)
    {
        var addressing = _allocator.Allocate("NEW_YORK", type, tls, legacyAccount: true, _trunkId);

        Assert.Equal([primary], addressing.Primary);
        Assert.Equal([backup], addressing.Backup);
        Assert.Empty(addressing.Subnets);
        Assert.True(addressing.IsLegacy);
        Assert.Null(addressing.Fqdn);
        Assert.Empty(addressing.SrvRecords);
        Assert.Null(addressing.ARecord);
    }

    [Fact]
    [Trait("Rule", "A4")]
    [Trait("Rule", "N2")]
    public void Allocate_ShouldGiveTrunkFqdn_WhenTrunkIsAuthenticatedEvenOnLegacyAccount()
    {
        var addressing = _allocator.Allocate("NEW_YORK", TrunkType.Authenticated, true, legacyAccount: true, _trunkId);

        Assert.False(addressing.IsLegacy);
        Assert.StartsWith("a1b2c3d4-e5f6-7890-abcd-ef1234567890.", addressing.Fqdn);
        Assert.Equal([addressing.Fqdn + ":5061"], addressing.Primary);
    }

    [Fact]
    [Trait("Rule", "N1")]
    public void Allocate_ShouldPickBackupFromPair_WhenChosenDataCenterIsThePairsSecondary() =>
        Assert.Equal(["185.255.9.216:5060"], _allocator.Allocate("PORTLAND", TrunkType.Registered, false, true, _trunkId).Backup);

    [Theory]
    [Trait("Rule", "N1")]
    [InlineData("BOGOTA")]
    [InlineData("FRANKFURT")]
    public void Allocate_ShouldGiveNoBackup_WhenDataCenterIsStandaloneOrPartnerHasNoLegacyIp(string location)
    {
        var addressing = _allocator.Allocate(location, TrunkType.Static, false, true, _trunkId);

        Assert.Single(addressing.Primary);
        Assert.Empty(addressing.Backup);
    }

    [Fact]
    [Trait("Rule", "N1")]
    public void Allocate_ShouldRefuseNamingDataCenterAndAlternatives_WhenLegacyAccountPicksDataCenterWithoutSeedIp()
    {
        var refusal = Assert.Throws<DomainException>(() => _allocator.Allocate("SWEDEN", TrunkType.Static, false, true, _trunkId));

        Assert.Equal("N1", refusal.Code);
        Assert.Contains("Data center SWEDEN has no fixed SBC IP address", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("13 April 2026", refusal.Message, StringComparison.Ordinal);
        Assert.EndsWith("Choose one of: FRANKFURT, NEW_YORK, PORTLAND, BOGOTA.", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "N1")]
    public void Allocate_ShouldRefuseOnlyThatColumn_WhenDataCenterLacksRegisteredIp()
    {
        var catalog = TestCatalog.Create();
        catalog = catalog with { DataCenters = [TestCatalog.Bogota with { RegisteredSbcIp = "" }, TestCatalog.Frankfurt] };
        var allocator = new SbcAllocator(catalog with { RegionPairs = [] });

        Assert.Equal(["81.23.252.124:5060"], allocator.Allocate("BOGOTA", TrunkType.Static, false, true, _trunkId).Primary);
        var refusal = Assert.Throws<DomainException>(() => allocator.Allocate("BOGOTA", TrunkType.Registered, false, true, _trunkId));
        Assert.EndsWith("registered trunks, and your account uses fixed SBC IP addresses because it had trunks on 13 April 2026. Choose one of: FRANKFURT.",
            refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "N1")]
    public void Allocate_ShouldBracketAddress_WhenSeedIpIsIpv6()
    {
        var catalog = TestCatalog.Create();
        var allocator = new SbcAllocator(catalog with { DataCenters = [TestCatalog.Bogota with { StaticSbcIp = "2001:db8::5" }] });

        Assert.Equal(["[2001:db8::5]:5061"], allocator.Allocate("BOGOTA", TrunkType.Static, true, true, _trunkId).Primary);
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Allocate_ShouldRefuseListingDataCenters_WhenLocationIsNotInCatalog()
    {
        var refusal = Assert.Throws<DomainException>(() => _allocator.Allocate("PARIS", TrunkType.Static, false, false, _trunkId));

        Assert.Equal("N4", refusal.Code);
        Assert.Equal("'PARIS' is not a data center we offer. Choose one of: FRANKFURT, SWEDEN, NEW_YORK, PORTLAND, BOGOTA.", refusal.Message);
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Allocate_ShouldServeNewDataCenter_WhenOnlyConfigurationAddsIt()
    {
        var catalog = TestCatalog.Create();
        var jakarta = TestCatalog.Bogota with
        {
            Code = "JAKARTA", StaticSbcIp = "198.51.100.7", FqdnRegionLabel = "id", SbcHost = "sbc.id.sip.voice.infobip.com",
            SbcIp = "198.51.100.7", Subnets = ["198.51.100.0/24"],
        };
        var allocator = new SbcAllocator(catalog with { DataCenters = [.. catalog.DataCenters, jakarta] });

        Assert.Equal(["198.51.100.7:5060"], allocator.Allocate("JAKARTA", TrunkType.Static, false, true, _trunkId).Primary);
        Assert.Equal(["198.51.100.0/24"], allocator.Allocate("JAKARTA", TrunkType.Static, false, false, _trunkId).Subnets);
    }
}
