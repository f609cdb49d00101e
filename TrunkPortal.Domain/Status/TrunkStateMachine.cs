using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Status;

/// <summary>
/// Every status change of a trunk (T1-T3, G4). Each method checks with <see cref="TrunkActions.Check"/> and
/// throws <see cref="StatusTransitionException"/> when refused (T4), otherwise returns the new status.
/// </summary>
public static class TrunkStateMachine
{
    /// <summary>T1, T3: a new trunk is ENABLED and CREATING; a registered one starts UNREGISTERED (T2).</summary>
    public static TrunkStatus Created(TrunkType type) =>
        new(AdminStatus.Enabled, ActionStatus.Creating, null,
            type == TrunkType.Registered ? RegistrationStatus.Unregistered : null);

    /// <summary>T3: an edit is submitted; refused while an action is pending or the trunk is FAILED.</summary>
    public static TrunkStatus BeginEdit(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.Edit, type);
        return status with { ActionStatus = ActionStatus.Updating, Reason = null };
    }

    /// <summary>T3: a delete is submitted; allowed from SUCCESS, RESET and FAILED.</summary>
    public static TrunkStatus BeginDelete(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.Delete, type);
        return status with { ActionStatus = ActionStatus.Deleting, Reason = null };
    }

    /// <summary>T3: the pending action succeeded; a completed delete tells the caller to remove the trunk.</summary>
    public static ActionCompletion CompleteAction(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.CompleteAction, type);
        return status.ActionStatus == ActionStatus.Deleting
            ? new ActionCompletion(status, RemoveTrunk: true)
            : new ActionCompletion(status with { ActionStatus = ActionStatus.Success, Reason = null }, RemoveTrunk: false);
    }

    /// <summary>
    /// T3: the pending action did not complete. An edit or delete that the platform rolled back ends RESET (the
    /// trunk is as before), otherwise FAILED. A failed creation always ends FAILED: there is no earlier state to
    /// return to, so the only way out is delete.
    /// </summary>
    public static TrunkStatus FailAction(TrunkStatus status, TrunkType type, bool resetToPrevious, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        TrunkActions.EnsureAllowed(status, TrunkAction.FailAction, type);
        var restored = resetToPrevious && status.ActionStatus != ActionStatus.Creating;
        return status with { ActionStatus = restored ? ActionStatus.Reset : ActionStatus.Failed, Reason = reason };
    }

    /// <summary>T1: DISABLED to ENABLED; never from SYSTEM_DISABLED (only support's fix leads out of it).</summary>
    public static TrunkStatus Enable(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.Enable, type);
        return status with { AdminStatus = AdminStatus.Enabled };
    }

    /// <summary>T1, G4: ENABLED to DISABLED; a registered trunk deregisters every client.</summary>
    public static TrunkStatus Disable(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.Disable, type);
        return status with { AdminStatus = AdminStatus.Disabled, Registration = Deregistered(status, type) };
    }

    /// <summary>T1: the system disables a trunk, whatever its action status; its clients are deregistered too.</summary>
    public static TrunkStatus SystemDisable(TrunkStatus status, TrunkType type, string rootCause)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootCause);
        TrunkActions.EnsureAllowed(status, TrunkAction.SystemDisable, type);
        return status with
        {
            AdminStatus = AdminStatus.SystemDisabled,
            SystemDisabledRootCause = rootCause,
            Registration = Deregistered(status, type),
        };
    }

    /// <summary>T1: once the root cause is fixed a SYSTEM_DISABLED trunk becomes DISABLED, never ENABLED directly.</summary>
    public static TrunkStatus RootCauseFixed(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.RootCauseFixed, type);
        return status with { AdminStatus = AdminStatus.Disabled, SystemDisabledRootCause = null };
    }

    /// <summary>G2, A4: checks a credential reset may happen now; the status itself does not change.</summary>
    public static TrunkStatus ResetCredentials(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.ResetCredentials, type);
        return status;
    }

    /// <summary>T2, G4: a client registered on a registered trunk.</summary>
    public static TrunkStatus ClientRegistered(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.RegisterClient, type);
        return status with { Registration = RegistrationStatus.Registered };
    }

    /// <summary>T2: the last client of a registered trunk unregistered (or its registration expired).</summary>
    public static TrunkStatus AllClientsUnregistered(TrunkStatus status, TrunkType type)
    {
        TrunkActions.EnsureAllowed(status, TrunkAction.UnregisterAllClients, type);
        return status with { Registration = RegistrationStatus.Unregistered };
    }

    private static RegistrationStatus? Deregistered(TrunkStatus status, TrunkType type) =>
        type == TrunkType.Registered ? RegistrationStatus.Unregistered : status.Registration;
}
