namespace TrunkPortal.Domain.Status;

/// <summary>
/// The three independent status classes of a trunk (T1-T3) at one moment. Immutable: every change goes through
/// <see cref="TrunkStateMachine"/>, which refuses what the rules forbid.
/// </summary>
/// <param name="Reason">Why the last action ended RESET or FAILED, in the provisioner's words; otherwise null.</param>
/// <param name="Registration">Registered trunks only (T2); null for every other trunk type.</param>
/// <param name="SystemDisabledRootCause">Why the system disabled the trunk, while it is SYSTEM_DISABLED.</param>
public sealed record TrunkStatus(
    AdminStatus AdminStatus,
    ActionStatus ActionStatus,
    string? Reason,
    RegistrationStatus? Registration,
    string? SystemDisabledRootCause = null)
{
    /// <summary>CREATING, UPDATING or DELETING: the seed's PENDING (T3).</summary>
    public bool IsPending => ActionStatus is ActionStatus.Creating or ActionStatus.Updating or ActionStatus.Deleting;
}
