using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Domain.Catalog;

namespace TrunkPortal.Tests.Domain.Addressing;

/// <summary>SbcAllocator for accounts without trunks on the cut-off date: per-trunk FQDN and DNS (N2, N3).</summary>
public class SbcAllocatorFqdnTests
{
    private const string SeedFqdn = "a1b2c3d4-e5f6-7890-abcd-ef1234567890.eu.sip.voice.infobip.com";
    private static readonly Guid _trunkId = Guid.Parse("A1B2C3D4-E5F6-7890-ABCD-EF1234567890");
    private readonly SbcAllocator _allocator = new(TestCatalog.Create());

    [Theory]
    [Trait("Rule", "N2")]
    [InlineData(true, SeedFqdn + ":5061")]
    [InlineData(false, SeedFqdn + ":5060")]
    public void Allocate_ShouldGiveTrunkFqdnAsPrimary_WhenAccountIsNew(bool tls, string primary)
    {
        var addressing = _allocator.Allocate("FRANKFURT", TrunkType.Static, tls, legacyAccount: false, _trunkId);

        Assert.Equal(SeedFqdn, addressing.Fqdn);
        Assert.False(addressing.IsLegacy);
        Assert.Equal([primary], addressing.Primary);
        Assert.Empty(addressing.Backup);
    }

    [Fact]
    [Trait("Rule", "N2")]
    public void Allocate_ShouldListSubnetsOfBothSbcs_WhenDataCenterIsPaired() =>
        Assert.Equal(["62.140.31.0/24", "203.0.113.0/24"],
            _allocator.Allocate("FRANKFURT", TrunkType.Registered, false, false, _trunkId).Subnets);

    [Fact]
    [Trait("Rule", "N2")]
    public void Allocate_ShouldListOwnSubnetsOnly_WhenDataCenterIsStandalone() =>
        Assert.Equal(["81.23.252.0/24"], _allocator.Allocate("BOGOTA", TrunkType.Static, false, false, _trunkId).Subnets);

    [Fact]
    [Trait("Rule", "N2")]
    public void Allocate_ShouldGiveEachTrunkItsOwnFqdn_WhenTrunkIdsDiffer()
    {
        var first = _allocator.Allocate("NEW_YORK", TrunkType.Static, false, false, Guid.CreateVersion7());
        var second = _allocator.Allocate("NEW_YORK", TrunkType.Static, false, false, Guid.CreateVersion7());

        Assert.NotEqual(first.Fqdn, second.Fqdn);
        Assert.EndsWith(".us-east.sip.voice.infobip.com", first.Fqdn, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "N2")]
    public void Allocate_ShouldGiveSameAnswer_WhenCalledTwiceWithSameTrunkId() =>
        Assert.Equal(
            _allocator.Allocate("NEW_YORK", TrunkType.Static, true, false, _trunkId).SrvRecords,
            _allocator.Allocate("NEW_YORK", TrunkType.Static, true, false, _trunkId).SrvRecords);

    [Fact]
    [Trait("Rule", "N3")]
    public void Allocate_ShouldPublishPrimaryAndLowerPrioritySecondary_WhenDataCenterIsPaired()
    {
        var addressing = _allocator.Allocate("FRANKFURT", TrunkType.Static, tls: false, legacyAccount: false, _trunkId);

        SrvRecord[] expected =
        [
            new($"_sips._tcp.{SeedFqdn}", 10, 100, 5061, "sbc.eu.sip.voice.infobip.com"),
            new($"_sips._tcp.{SeedFqdn}", 20, 100, 5061, "sbc.se.sip.voice.infobip.com"),
            new($"_sip._udp.{SeedFqdn}", 10, 100, 5060, "sbc.eu.sip.voice.infobip.com"),
            new($"_sip._udp.{SeedFqdn}", 20, 100, 5060, "sbc.se.sip.voice.infobip.com"),
        ];
        Assert.Equal(expected, addressing.SrvRecords);
    }

    [Fact]
    [Trait("Rule", "N3")]
    public void Allocate_ShouldPutChosenDataCenterFirst_WhenItIsThePairsSecondary()
    {
        var records = _allocator.Allocate("PORTLAND", TrunkType.Static, true, false, _trunkId).SrvRecords;

        Assert.Equal("sbc.us-west.sip.voice.infobip.com", records.Single(r => r.Priority == 10 && r.Port == 5061).Target);
        Assert.Equal("sbc.us-east.sip.voice.infobip.com", records.Single(r => r.Priority == 20 && r.Port == 5061).Target);
    }

    [Fact]
    [Trait("Rule", "N3")]
    public void Allocate_ShouldPublishPrimaryOnly_WhenDataCenterIsStandalone()
    {
        var records = _allocator.Allocate("BOGOTA", TrunkType.Static, true, false, _trunkId).SrvRecords;

        Assert.Equal(2, records.Count);
        Assert.All(records, r => Assert.Equal(10, r.Priority));
        Assert.All(records, r => Assert.Equal("sbc.co.sip.voice.infobip.com", r.Target));
    }

    [Theory]
    [Trait("Rule", "N3")]
    [InlineData("FRANKFURT", "62.140.31.124")]
    [InlineData("BOGOTA", "81.23.252.124")]
    public void Allocate_ShouldPointARecordAtPrimarySbcOnly_WhenAccountIsNew(string location, string ip)
    {
        var addressing = _allocator.Allocate(location, TrunkType.Static, false, false, _trunkId);

        Assert.Equal(new AddressRecord(addressing.Fqdn!, ip), addressing.ARecord);
    }
}
