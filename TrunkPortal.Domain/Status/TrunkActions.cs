using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Status;

/// <summary>
/// Which action a trunk allows in its current status, and why not (T1-T4, G4). The single place these rules
/// live: the UI greys out buttons with <see cref="Check"/>, and <see cref="TrunkStateMachine"/> throws with
/// the same reason. Checks run type first, then the action status, then the administrative status.
/// </summary>
public static class TrunkActions
{
    /// <summary>T1, T2, T3, T4, G4: whether <paramref name="action"/> may happen now on a trunk of <paramref name="type"/>.</summary>
    public static ActionCheck Check(TrunkStatus status, TrunkAction action, TrunkType type)
    {
        ArgumentNullException.ThrowIfNull(status);
        return action switch
        {
            TrunkAction.Edit => Busy(status, action) ?? Failed(status, action) ?? ActionCheck.Allow,
            TrunkAction.Delete => Busy(status, action) ?? ActionCheck.Allow,
            TrunkAction.Enable => Busy(status, action) ?? Failed(status, action) ?? CheckEnable(status),
            TrunkAction.Disable => Busy(status, action) ?? Failed(status, action) ?? CheckDisable(status),
            TrunkAction.ResetCredentials =>
                CheckHasCredentials(type) ?? Busy(status, action) ?? Failed(status, action) ?? ActionCheck.Allow,
            TrunkAction.SystemDisable => CheckSystemDisable(status),
            TrunkAction.RootCauseFixed => CheckRootCauseFixed(status),
            TrunkAction.CompleteAction or TrunkAction.FailAction => CheckSomethingPending(status, action),
            TrunkAction.RegisterClient => CheckRegistered(type) ?? RefusalMessages.RegistrationBlocked(status) ?? ActionCheck.Allow,
            TrunkAction.UnregisterAllClients => CheckRegistered(type) ?? ActionCheck.Allow,
        };
    }

    /// <summary>Throws <see cref="StatusTransitionException"/> with the reason of <see cref="Check"/> when the action is refused.</summary>
    public static void EnsureAllowed(TrunkStatus status, TrunkAction action, TrunkType type)
    {
        var check = Check(status, action, type);
        if (!check.Allowed)
        {
            throw new StatusTransitionException(action, check.BlockingStatus!, check.Rule!, check.Reason!);
        }
    }

    private static ActionCheck? Busy(TrunkStatus status, TrunkAction action) =>
        status.IsPending ? RefusalMessages.Pending(status, action) : null;

    private static ActionCheck? Failed(TrunkStatus status, TrunkAction action) =>
        status.ActionStatus == ActionStatus.Failed ? RefusalMessages.OnlyDelete(status, action) : null;

    private static ActionCheck CheckEnable(TrunkStatus status) => status.AdminStatus switch
    {
        AdminStatus.Disabled => ActionCheck.Allow,
        AdminStatus.Enabled => ActionCheck.Refuse("T1", "ENABLED",
            "The trunk is already ENABLED. To stop it processing calls, disable it."),
        AdminStatus.SystemDisabled => ActionCheck.Refuse("T1", "SYSTEM_DISABLED",
            "The trunk cannot be enabled: it is SYSTEM_DISABLED, which means the system disabled it"
            + RefusalMessages.Cause(status.SystemDisabledRootCause)
            + ". Support must fix the root cause first; the trunk then becomes DISABLED and you can enable it. "
            + "Contact Support if it stays SYSTEM_DISABLED."),
    };

    private static ActionCheck CheckDisable(TrunkStatus status) => status.AdminStatus switch
    {
        AdminStatus.Enabled => ActionCheck.Allow,
        AdminStatus.Disabled => ActionCheck.Refuse("T1", "DISABLED",
            "The trunk is already DISABLED and processes no calls. To process calls again, enable it."),
        AdminStatus.SystemDisabled => ActionCheck.Refuse("T1", "SYSTEM_DISABLED",
            "The trunk is already SYSTEM_DISABLED: the system disabled it and it processes no calls. "
            + "Once Support fixes the root cause it becomes DISABLED."),
    };

    private static ActionCheck? CheckHasCredentials(TrunkType type) =>
        type is TrunkType.Registered or TrunkType.Authenticated
            ? null
            : ActionCheck.Refuse("G2", StatusNames.Of(type),
                $"{StatusNames.Of(type)} trunks have no credentials to reset. "
                + "Only REGISTERED and AUTHENTICATED trunks have credentials that can be reset.");

    private static ActionCheck CheckSystemDisable(TrunkStatus status) =>
        status.AdminStatus == AdminStatus.SystemDisabled
            ? ActionCheck.Refuse("T1", "SYSTEM_DISABLED",
                "The trunk is already SYSTEM_DISABLED. When the root cause is fixed, mark it fixed so the trunk "
                + "becomes DISABLED and its owner can enable it again.")
            : ActionCheck.Allow;

    private static ActionCheck CheckRootCauseFixed(TrunkStatus status) =>
        status.AdminStatus == AdminStatus.SystemDisabled
            ? ActionCheck.Allow
            : ActionCheck.Refuse("T1", StatusNames.Of(status.AdminStatus),
                $"Only a SYSTEM_DISABLED trunk can have its root cause marked as fixed; this trunk is "
                + $"{StatusNames.Of(status.AdminStatus)}, so there is nothing to fix.");

    private static ActionCheck CheckSomethingPending(TrunkStatus status, TrunkAction action) =>
        status.IsPending
            ? ActionCheck.Allow
            : ActionCheck.Refuse("T3", StatusNames.Of(status.ActionStatus),
                $"There is no pending action to {(action == TrunkAction.CompleteAction ? "complete" : "fail")}: "
                + $"the trunk's action status is {StatusNames.Of(status.ActionStatus)}. "
                + "Only a CREATING, UPDATING or DELETING trunk has one.");

    private static ActionCheck? CheckRegistered(TrunkType type) =>
        type == TrunkType.Registered
            ? null
            : ActionCheck.Refuse("T2", StatusNames.Of(type),
                $"Client registration applies only to REGISTERED trunks; this trunk is {StatusNames.Of(type)}.");
}
