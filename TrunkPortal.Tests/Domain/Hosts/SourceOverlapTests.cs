using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Tests.Domain.Hosts;

public sealed class SourceOverlapTests
{
    [Fact]
    [Trait("Rule", "S6")]
    public void Check_ShouldNameTheAccountsOwnTrunk_AndNotAnotherAccounts()
    {
        var holders = new Dictionary<string, SourceHostHolder>
        {
            ["203.0.113.12"] = new("Office PBX"),
            ["sbc.example.com"] = new(null),
        };

        var overlaps = SourceOverlap.Check(["198.51.100.1", "203.0.113.12", "SBC.example.com"], "FRANKFURT", holders);

        Assert.Equal([1, 2], overlaps.Select(o => o.Index));
        Assert.Contains("your trunk \"Office PBX\" in FRANKFURT", overlaps[0].Message, StringComparison.Ordinal);
        Assert.Contains("another customer's trunk in FRANKFURT", overlaps[1].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", overlaps[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S6")]
    public void Check_ShouldFindNothing_WhenNoHostIsHeld() =>
        Assert.Empty(SourceOverlap.Check(["198.51.100.1"], "FRANKFURT", new Dictionary<string, SourceHostHolder>()));

    [Fact]
    [Trait("Rule", "S6")]
    public void HeldBy_ShouldBeTheCurrentAndPreviousHostsOfALiveStaticTrunk_AndNothingOtherwise()
    {
        Assert.Equal(["10.0.0.1", "pbx.example.com"], SourceOverlap.HeldBy(true, ["10.0.0.1"], [" PBX.example.com "]).Order());
        Assert.Empty(SourceOverlap.HeldBy(false, ["10.0.0.1"], ["10.0.0.2"]));
    }
}
