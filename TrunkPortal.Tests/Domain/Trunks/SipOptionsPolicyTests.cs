using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class SipOptionsPolicyTests
{
    [Fact]
    [Trait("Rule", "S4")]
    public void Interval_ShouldBeSixtySeconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(60), SipOptionsPolicy.Interval);
        var last = new DateTimeOffset(2026, 4, 13, 12, 0, 0, TimeSpan.Zero);
        Assert.Equal(last.AddMinutes(1), SipOptionsPolicy.NextPollAt(last));
    }

    [Theory]
    [Trait("Rule", "S4")]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void CountsForRouting_ShouldBeTrueOnlyForAnOutOfServiceResult(bool outOfService, bool counts)
    {
        Assert.Equal(counts, SipOptionsPolicy.CountsForRouting(outOfService));
    }

    [Theory]
    [Trait("Rule", "S4")]
    [InlineData(false, false, true)]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void IsRoutable_ShouldExcludeADestination_OnlyWhenPollingFoundItOutOfService(bool polling, bool outOfService, bool routable)
    {
        Assert.Equal(routable, SipOptionsPolicy.IsRoutable(polling, outOfService));
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void AppliesTo_ShouldBeStaticTrunksOnly()
    {
        Assert.Equal([TrunkKind.Static], FieldMatrix.AllKinds.Where(SipOptionsPolicy.AppliesTo));
    }
}
