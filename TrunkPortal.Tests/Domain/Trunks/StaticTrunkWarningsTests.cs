using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class StaticTrunkWarningsTests
{
    [Fact]
    [Trait("Rule", "S2")]
    public void For_ShouldWarnThatOutboundTrafficCannotReachThePlatform_WhenNoSourceHost()
    {
        var request = TestRequests.Static();
        request.SourceHosts = [];

        var warning = Assert.Single(StaticTrunkWarnings.For(request));
        Assert.Contains("SIP traffic cannot be sent from your equipment to the platform", warning, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void For_ShouldWarnThatInboundCallsCannotBeForwarded_WhenNoDestinationHost()
    {
        var request = TestRequests.Static();
        request.DestinationHosts = null;

        var warning = Assert.Single(StaticTrunkWarnings.For(request));
        Assert.Contains("incoming voice traffic cannot be forwarded over your SIP trunk", warning, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void For_ShouldGiveBothWarnings_WhenBothListsAreEmpty()
    {
        var request = TestRequests.Static();
        request.SourceHosts = [];
        request.DestinationHosts = [];

        Assert.Equal([StaticTrunkWarnings.NoSourceHost, StaticTrunkWarnings.NoDestinationHost], StaticTrunkWarnings.For(request));
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void For_ShouldBeSilent_WhenBothListsHaveHostsOrTheTrunkIsNotStatic()
    {
        Assert.Empty(StaticTrunkWarnings.For(TestRequests.Static()));
        Assert.Empty(StaticTrunkWarnings.For(TestRequests.For(TrunkKind.Registered)));
    }
}
