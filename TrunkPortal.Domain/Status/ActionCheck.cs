namespace TrunkPortal.Domain.Status;

/// <summary>
/// Whether an action is allowed now and, when it is not, the sentence to show (a tooltip on a greyed-out
/// button, or the message of <see cref="StatusTransitionException"/>).
/// </summary>
public sealed record ActionCheck(bool Allowed, string? Reason)
{
    public static ActionCheck Allow { get; } = new(true, null);

    /// <summary>The status that blocks the action, in API spelling (e.g. "SYSTEM_DISABLED", "UPDATING", "STATIC").</summary>
    public string? BlockingStatus { get; init; }

    /// <summary>The ID of the rule that refuses (T1, T2, T3).</summary>
    public string? Rule { get; init; }

    public static ActionCheck Refuse(string rule, string blockingStatus, string reason) =>
        new(false, reason) { BlockingStatus = blockingStatus, Rule = rule };
}
