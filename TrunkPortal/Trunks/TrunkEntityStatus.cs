using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Edge;

namespace TrunkPortal.Trunks;

/// <summary>Reads and writes the domain's <see cref="TrunkStatus"/> on the stored trunk.</summary>
internal static class TrunkEntityStatus
{
    public static TrunkStatus ToStatus(this TrunkEntity t) =>
        new(t.AdminStatus, t.ActionStatus, t.ActionReason, t.RegistrationStatus, t.SystemDisabledRootCause);

    public static void Apply(this TrunkEntity t, TrunkStatus status)
    {
        t.AdminStatus = status.AdminStatus;
        t.ActionStatus = status.ActionStatus;
        t.ActionReason = status.Reason;
        t.RegistrationStatus = status.Registration;
        t.SystemDisabledRootCause = status.SystemDisabledRootCause;
        t.Version = Guid.NewGuid();
    }

    public static TrunkStatusView ToStatusView(this TrunkEntity t, ISipEdge edge) => new(
        t.AdminStatus,
        t.ActionStatus,
        t.ActionReason,
        RegistrationOf(t.Type, t.AdminStatus, t.Username, edge),
        edge.ActiveCallsOf(t.Id),
        t.SystemDisabledRootCause);

    /// <summary>T2, G4: registered trunks only; a trunk that is not ENABLED keeps no registration.</summary>
    public static RegistrationStatus? RegistrationOf(Domain.Trunks.TrunkType type, AdminStatus admin, string? username, ISipEdge edge) =>
        type == Domain.Trunks.TrunkType.Registered
            ? admin == AdminStatus.Enabled ? edge.RegistrationOf(username) : RegistrationStatus.Unregistered
            : null;
}
