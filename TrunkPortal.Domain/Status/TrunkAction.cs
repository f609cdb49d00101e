namespace TrunkPortal.Domain.Status;

/// <summary>
/// Everything that can change a trunk's status. The first seven are buttons (account admin or support); the
/// last four are reported by the platform (provisioner, registrar) and never offered to a person.
/// </summary>
public enum TrunkAction
{
    Edit,
    Delete,
    Enable,
    Disable,
    ResetCredentials,
    SystemDisable,
    RootCauseFixed,
    CompleteAction,
    FailAction,
    RegisterClient,
    UnregisterAllClients,
}
