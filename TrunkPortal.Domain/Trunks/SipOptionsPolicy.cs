namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// S4: SIP OPTIONS polling (STATIC trunks only) runs at a fixed 60 s interval and its out-of-service result
/// takes a destination out of call routing. The seed says Infobip does not show the polling status; this portal shows
/// it (the trunk page's destination health, docs/decisions).
/// </summary>
public static class SipOptionsPolicy
{
    public const int IntervalSeconds = 60;

    public static TimeSpan Interval { get; } = TimeSpan.FromSeconds(IntervalSeconds);

    /// <summary>Whether the trunk kind can have OPTIONS polling at all (F1).</summary>
    public static bool AppliesTo(TrunkKind kind) => FieldMatrix.Applies(kind, TrunkField.SipOptions);

    /// <summary>S4: only an out-of-service result changes routing; an in-service one leaves it as it is.</summary>
    public static bool CountsForRouting(bool outOfService) => outOfService;

    /// <summary>
    /// Whether routing may send calls to a destination: without polling nothing is known, so it is used;
    /// with polling, the last out-of-service result keeps it out until a poll finds it in service again.
    /// </summary>
    public static bool IsRoutable(bool pollingEnabled, bool lastPollOutOfService) =>
        !pollingEnabled || !CountsForRouting(lastPollOutOfService);

    /// <summary>When the next OPTIONS request is due after <paramref name="lastPoll"/>.</summary>
    public static DateTimeOffset NextPollAt(DateTimeOffset lastPoll) => lastPoll + Interval;
}
