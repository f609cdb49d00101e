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
        t.Type == Domain.Trunks.TrunkType.Registered
            ? t.AdminStatus == AdminStatus.Enabled ? edge.RegistrationOf(t.Username) : RegistrationStatus.Unregistered
            : null,
        edge.ActiveCallsOf(t.Id),
        t.SystemDisabledRootCause);
}
