using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Status;

/// <summary>The API spelling of statuses and trunk types, used in every message a person reads (T4).</summary>
public static class StatusNames
{
    public static string Of(AdminStatus status) => status switch
    {
        AdminStatus.Enabled => "ENABLED",
        AdminStatus.Disabled => "DISABLED",
        AdminStatus.SystemDisabled => "SYSTEM_DISABLED",
    };

    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.Creating => "CREATING",
        ActionStatus.Updating => "UPDATING",
        ActionStatus.Deleting => "DELETING",
        ActionStatus.Success => "SUCCESS",
        ActionStatus.Reset => "RESET",
        ActionStatus.Failed => "FAILED",
    };

    public static string Of(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Registered => "REGISTERED",
        RegistrationStatus.Unregistered => "UNREGISTERED",
    };

    public static string Of(TrunkType type) => ApiNames.Of(type);
}
