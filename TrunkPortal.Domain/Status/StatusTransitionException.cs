namespace TrunkPortal.Domain.Status;

/// <summary>A status rule (T1-T3) refused an action; the message names the blocking status and what can be done (T4).</summary>
public sealed class StatusTransitionException(TrunkAction action, string blockingStatus, string code, string message)
    : DomainException(code, message)
{
    public TrunkAction Action { get; } = action;

    /// <summary>The status that blocked the action, in API spelling.</summary>
    public string BlockingStatus { get; } = blockingStatus;
}
