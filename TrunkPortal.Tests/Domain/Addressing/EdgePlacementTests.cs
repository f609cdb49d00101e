using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Status;

namespace TrunkPortal.Tests.Domain.Addressing;

public sealed class EdgePlacementTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "E4")]
    public void RegistrationFrom_ShouldBeRegistered_WhileOneContactHasTimeLeft()
    {
        Assert.Equal(RegistrationStatus.Registered, EdgePlacement.RegistrationFrom([_now.AddSeconds(-5), _now.AddSeconds(1)], _now));
        Assert.Equal(RegistrationStatus.Unregistered, EdgePlacement.RegistrationFrom([_now, _now.AddSeconds(-1)], _now));
        Assert.Equal(RegistrationStatus.Unregistered, EdgePlacement.RegistrationFrom([], _now));
    }
}
