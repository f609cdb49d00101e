namespace TrunkPortal.Domain.Trunks;

/// <summary>One destination as "Test routing" just found it: its host as configured, whether it answered, and how.</summary>
public sealed record DestinationCheck(string Host, bool Answered, string Detail);

/// <summary>
/// S7 in words: which destination a call for a static trunk would take at this moment and why, one sentence per
/// destination, from the strategy (S3), the order configured and what each destination answered just now (S4).
/// </summary>
public static class RoutingExplanation
{
    public static IReadOnlyList<string> Explain(RoutingStrategy? strategy, bool optionsPolling, IReadOnlyList<DestinationCheck> destinations)
    {
        if (destinations.Count == 0)
        {
            return ["The trunk has no destination: calls toward it cannot be forwarded (S2)."];
        }
        var routable = destinations.Select(d => SipOptionsPolicy.IsRoutable(optionsPolling, lastPollOutOfService: !d.Answered)).ToList();
        var sentences = (strategy ?? RoutingStrategy.Failover) switch
        {
            RoutingStrategy.Failover => Failover(destinations, routable, optionsPolling),
            RoutingStrategy.RoundRobin => RoundRobin(destinations, routable, optionsPolling),
            var other => throw new ArgumentOutOfRangeException(nameof(strategy), other, "Unknown routing strategy."),
        };
        if (!routable.Contains(true))
        {
            sentences.Add("No destination answers now: a call for this trunk is refused (503) until one answers again.");
        }
        return sentences;
    }

    private static List<string> Failover(IReadOnlyList<DestinationCheck> destinations, List<bool> routable, bool optionsPolling)
    {
        var sentences = new List<string>();
        var first = routable.IndexOf(true);
        for (var i = 0; i < destinations.Count; i++)
        {
            var d = destinations[i];
            var place = $"{Ordinal(i + 1)} in the failover order";
            sentences.Add(!routable[i]
                ? $"{d.Host} is skipped: it did not answer ({d.Detail}), and with SIP Options on the edge leaves it out until it answers again."
                : i == first && d.Answered
                    ? $"A call now goes to {d.Host}: it is {place} and answered ({d.Detail})."
                    : i == first
                        ? $"A call is tried first on {d.Host} ({place}), but it did not answer ({d.Detail}): {NoPolling(optionsPolling)} the call moves on to the next destination after its timeout."
                        : $"{d.Host} ({place}) takes a call only when the destinations before it fail; it {(d.Answered ? "answered" : "did not answer")} ({d.Detail}).");
        }
        return sentences;
    }

    private static List<string> RoundRobin(IReadOnlyList<DestinationCheck> destinations, List<bool> routable, bool optionsPolling)
    {
        var sharing = routable.Count(r => r);
        var sentences = new List<string>();
        for (var i = 0; i < destinations.Count; i++)
        {
            var d = destinations[i];
            sentences.Add(!routable[i]
                ? $"{d.Host} is skipped: it did not answer ({d.Detail}); {Others(sharing)} share the calls until it answers again."
                : d.Answered
                    ? $"{d.Host} takes one call in {sharing} in turn (round robin) and answered ({d.Detail})."
                    : $"{d.Host} takes one call in {sharing} in turn, but it did not answer ({d.Detail}): {NoPolling(optionsPolling)} its calls move on to the next destination after the timeout.");
        }
        return sentences;
    }

    private static string NoPolling(bool optionsPolling) => optionsPolling ? "" : "SIP Options is off, so the edge keeps trying it;";

    private static string Others(int sharing) => sharing switch
    {
        0 => "no other destination can",
        1 => "the one destination that answers must",
        _ => $"the {sharing} that answer",
    };

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => $"number {n}",
    };
}
