namespace TrunkPortal.Domain.Status;

/// <summary>The refusals several actions share (T3, T4, G4), worded once.</summary>
internal static class RefusalMessages
{
    public static ActionCheck Pending(TrunkStatus status, TrunkAction action)
    {
        var doing = Doing(action);
        var text = status.ActionStatus switch
        {
            ActionStatus.Creating => $"{doing} is not possible while the trunk is CREATING: it is still being set up. "
                + "Wait until the creation completes, then try again.",
            ActionStatus.Updating => $"{doing} is not possible while the trunk is UPDATING: the last change is still "
                + "being applied. Wait until it completes, then try again.",
            ActionStatus.Deleting => $"{doing} is not possible while the trunk is DELETING: it is being deleted and no further action "
                + "can be submitted.",
            ActionStatus.Success or ActionStatus.Reset or ActionStatus.Failed =>
                throw new ArgumentOutOfRangeException(nameof(status), status.ActionStatus, "The trunk has no action pending."),
        };
        return ActionCheck.Refuse("T3", StatusNames.Of(status.ActionStatus), text);
    }

    /// <summary>T3: a FAILED trunk carries no traffic and the only action allowed is delete.</summary>
    public static ActionCheck OnlyDelete(TrunkStatus status, TrunkAction action) =>
        ActionCheck.Refuse("T3", "FAILED",
            $"{Doing(action)} is not possible: the trunk is FAILED{Cause(status.Reason)}, so it carries no traffic "
            + "and only delete is allowed. Delete the trunk and create it again.");

    /// <summary>G4: clients register only on a trunk that is set up, usable and ENABLED.</summary>
    public static ActionCheck? RegistrationBlocked(TrunkStatus status) => status.ActionStatus switch
    {
        ActionStatus.Creating => ActionCheck.Refuse("T3", "CREATING",
            "A client cannot register while the trunk is CREATING: it is still being set up. "
            + "Register again once the creation completes."),
        ActionStatus.Deleting => ActionCheck.Refuse("T3", "DELETING",
            "A client cannot register while the trunk is DELETING: the trunk is being deleted."),
        ActionStatus.Failed => OnlyDelete(status, TrunkAction.RegisterClient),
        ActionStatus.Updating or ActionStatus.Success or ActionStatus.Reset => status.AdminStatus switch
        {
            AdminStatus.Disabled => ActionCheck.Refuse("G4", "DISABLED",
                "A client cannot register while the trunk is DISABLED: a disabled trunk processes no calls and "
                + "deregisters every client. Enable the trunk first."),
            AdminStatus.SystemDisabled => ActionCheck.Refuse("G4", "SYSTEM_DISABLED",
                "A client cannot register while the trunk is SYSTEM_DISABLED: the system disabled it. "
                + "Support must fix the root cause; the trunk can then be enabled."),
            AdminStatus.Enabled => null,
        },
    };

    public static string Cause(string? cause) => string.IsNullOrWhiteSpace(cause) ? "" : $" ({cause.Trim()})";

    private static string Doing(TrunkAction action) => action switch
    {
        TrunkAction.Edit => "Editing the trunk",
        TrunkAction.Delete => "Deleting the trunk",
        TrunkAction.Enable => "Enabling the trunk",
        TrunkAction.Disable => "Disabling the trunk",
        TrunkAction.ResetCredentials => "Resetting the credentials",
        TrunkAction.RegisterClient => "Registering a client",
        TrunkAction.SystemDisable or TrunkAction.RootCauseFixed or TrunkAction.CompleteAction or TrunkAction.FailAction
            or TrunkAction.UnregisterAllClients => $"The action {action}",
    };
}
