using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class RoutingExplanationTests
{
    private static DestinationCheck Up(string host) => new(host, true, "200 OK in 3 ms");

    private static DestinationCheck Down(string host) => new(host, false, "no answer within 3 s");

    [Fact]
    [Trait("Rule", "S7")]
    public void Failover_ShouldSendTheCallToTheFirstThatAnswers_AndSaySoForEachDestination()
    {
        var sentences = RoutingExplanation.Explain(RoutingStrategy.Failover, optionsPolling: true, [Down("a.example:5060"), Up("b.example:5060"), Up("c.example:5060")]);

        Assert.Equal(3, sentences.Count);
        Assert.StartsWith("a.example:5060 is skipped: it did not answer (no answer within 3 s)", sentences[0], StringComparison.Ordinal);
        Assert.Equal("A call now goes to b.example:5060: it is second in the failover order and answered (200 OK in 3 ms).", sentences[1]);
        Assert.StartsWith("c.example:5060 (third in the failover order) takes a call only when the destinations before it fail", sentences[2], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S7")]
    [Trait("Rule", "S4")]
    public void Failover_WithSipOptionsOff_ShouldStillTryTheFirst_EvenWhenItDidNotAnswer()
    {
        var sentences = RoutingExplanation.Explain(RoutingStrategy.Failover, optionsPolling: false, [Down("10.0.0.1:5060"), Up("10.0.0.2:5060")]);

        Assert.Contains("tried first on 10.0.0.1:5060", sentences[0], StringComparison.Ordinal);
        Assert.Contains("SIP Options is off", sentences[0], StringComparison.Ordinal);
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void RoundRobin_ShouldShareTheCallsAmongTheDestinationsThatAnswer()
    {
        var sentences = RoutingExplanation.Explain(RoutingStrategy.RoundRobin, optionsPolling: true, [Up("a:5060"), Down("b:5060"), Up("c:5060")]);

        Assert.Equal("a:5060 takes one call in 2 in turn (round robin) and answered (200 OK in 3 ms).", sentences[0]);
        Assert.Equal("b:5060 is skipped: it did not answer (no answer within 3 s); the 2 that answer share the calls until it answers again.", sentences[1]);
        Assert.StartsWith("c:5060 takes one call in 2 in turn", sentences[2], StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "S7")]
    [InlineData(RoutingStrategy.Failover)]
    [InlineData(RoutingStrategy.RoundRobin)]
    public void NoDestinationAnswering_WithSipOptionsOn_ShouldSayTheCallIsRefused(RoutingStrategy strategy)
    {
        var sentences = RoutingExplanation.Explain(strategy, optionsPolling: true, [Down("a:5060"), Down("b:5060")]);

        Assert.Equal(3, sentences.Count);
        Assert.Equal("No destination answers now: a call for this trunk is refused (503) until one answers again.", sentences[^1]);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void NoDestination_ShouldSayCallsCannotBeForwarded()
    {
        Assert.Equal(["The trunk has no destination: calls toward it cannot be forwarded (S2)."], RoutingExplanation.Explain(null, false, []));
    }
}
