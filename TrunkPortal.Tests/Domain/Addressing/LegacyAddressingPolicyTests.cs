using Microsoft.Extensions.Time.Testing;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Tests.Domain.Catalog;

namespace TrunkPortal.Tests.Domain.Addressing;

public class LegacyAddressingPolicyTests
{
    private static readonly DateTimeOffset _dayStart = new(2026, 4, 13, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset _dayEnd = _dayStart.AddDays(1);
    private static readonly TimeSpan _tick = TimeSpan.FromTicks(1);

    private static LegacyAddressingPolicy PolicyAt(DateTimeOffset now) =>
        new(TestCatalog.Create(), new FakeTimeProvider(now));

    private static readonly LegacyAddressingPolicy _today = PolicyAt(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    [Trait("Rule", "N2")]
    public void IsLegacy_ShouldBeFalse_WhenAccountHasNoTrunkHistory() =>
        Assert.False(_today.IsLegacy([]));

    [Fact]
    [Trait("Rule", "N1")]
    public void IsLegacy_ShouldBeTrue_WhenAliveTrunkWasCreatedBeforeCutoff() =>
        Assert.True(_today.IsLegacy([new TrunkLifetime(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero))]));

    [Fact]
    [Trait("Rule", "N1")]
    public void IsLegacy_ShouldBeTrue_WhenTrunkExistedOnCutoffAndWasDeletedSince() =>
        Assert.True(_today.IsLegacy([new TrunkLifetime(_dayStart.AddDays(-30), _dayEnd.AddDays(10))]));

    [Theory]
    [Trait("Rule", "N1")]
    [Trait("Rule", "N2")]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    public void IsLegacy_ShouldCountTrunk_OnlyWhenCreatedBeforeCutoffDayEndsUtc(int ticksFromDayEnd, bool expected) =>
        Assert.Equal(expected, _today.IsLegacy([new TrunkLifetime(_dayEnd + (_tick * ticksFromDayEnd))]));

    [Theory]
    [Trait("Rule", "N1")]
    [Trait("Rule", "N2")]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void IsLegacy_ShouldCountDeletedTrunk_OnlyWhenDeletedAfterCutoffDayBegan(int ticksFromDayStart, bool expected) =>
        Assert.Equal(expected, _today.IsLegacy([new TrunkLifetime(_dayStart.AddYears(-1), _dayStart + (_tick * ticksFromDayStart))]));

    [Fact]
    [Trait("Rule", "N2")]
    public void IsLegacy_ShouldReadCutoffAsUtc_WhenTrunkWasCreatedInAnotherOffset()
    {
        // 14 April 01:30 in Frankfurt (+02:00) is still 13 April 23:30 UTC.
        var created = new DateTimeOffset(2026, 4, 14, 1, 30, 0, TimeSpan.FromHours(2));
        Assert.True(_today.IsLegacy([new TrunkLifetime(created)]));
    }

    [Fact]
    [Trait("Rule", "N2")]
    public void IsLegacy_ShouldBeFalse_WhenEveryTrunkCameAfterCutoff() =>
        Assert.False(_today.IsLegacy([new TrunkLifetime(_dayEnd.AddDays(1)), new TrunkLifetime(_dayEnd.AddDays(2), _dayEnd.AddDays(3))]));

    [Fact]
    [Trait("Rule", "N2")]
    public void IsLegacy_ShouldBeTrue_WhenOneOfManyTrunksExistedOnCutoff() =>
        Assert.True(_today.IsLegacy([new TrunkLifetime(_dayEnd.AddDays(1)), new TrunkLifetime(_dayStart.AddHours(12))]));

    [Theory]
    [Trait("Rule", "N2")]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    public void IsLegacy_ShouldServeStaticIps_UntilCutoffDayIsOver(int ticksFromDayEnd, bool expected) =>
        Assert.Equal(expected, PolicyAt(_dayEnd + (_tick * ticksFromDayEnd)).IsLegacy([]));
}
