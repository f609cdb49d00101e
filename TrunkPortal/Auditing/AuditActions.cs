namespace TrunkPortal.Auditing;

/// <summary>The audit log's action names, stable for filters and CSV exports.</summary>
public static class AuditActions
{
    public const string TrunkCreate = "trunk.create";
    public const string TrunkUpdate = "trunk.update";
    public const string TrunkDelete = "trunk.delete";
    public const string TrunkEnable = "trunk.enable";
    public const string TrunkDisable = "trunk.disable";
    public const string TrunkResetCredentials = "trunk.reset-credentials";
    public const string TrunkSystemDisable = "trunk.system-disable";
    public const string TrunkRootCauseFixed = "trunk.root-cause-fixed";
    public const string TrunkScheduleFault = "trunk.schedule-fault";
    public const string TrunkProvisioned = "trunk.provisioned";
    public const string AccountPlans = "account.plans";
    public const string AccountLimits = "account.limits";
    public const string ServiceAddressCreate = "service-address.create";
    public const string ServiceAddressUpdate = "service-address.update";
    public const string ServiceAddressDelete = "service-address.delete";
    public const string ApiKeyCreate = "api-key.create";
    public const string ApiKeyRevoke = "api-key.revoke";

    public static IReadOnlyList<string> All { get; } =
    [
        TrunkCreate, TrunkUpdate, TrunkDelete, TrunkEnable, TrunkDisable, TrunkResetCredentials, TrunkSystemDisable,
        TrunkRootCauseFixed, TrunkScheduleFault, TrunkProvisioned, AccountPlans, AccountLimits,
        ServiceAddressCreate, ServiceAddressUpdate, ServiceAddressDelete, ApiKeyCreate, ApiKeyRevoke,
    ];
}
