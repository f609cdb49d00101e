using Microsoft.EntityFrameworkCore;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Trunks;

namespace TrunkPortal.Support;

/// <summary>
/// What only support staff do (R2): put a trunk in SYSTEM_DISABLED with a root cause and mark it fixed,
/// schedule a provisioning fault for QA and training, and change an account's plans and limits. Credential
/// resets go through <see cref="ITrunkService"/> like the account admin's. Every change is audited. Anyone but
/// support staff gets "not found", as on the support pages: for them these actions do not exist.
/// </summary>
internal sealed class SupportOperations(
    TrunkService trunks,
    IDbContextFactory<AppDbContext> dbFactory,
    AuditLog audit,
    TimeProvider time)
{
    public Task<OperationResult<TrunkView>> SystemDisableAsync(Actor actor, Guid accountId, Guid trunkId, string rootCause, CancellationToken cancellationToken = default) =>
        !actor.IsSupport ? Task.FromResult(OperationResult<TrunkView>.NotFound())
        : string.IsNullOrWhiteSpace(rootCause)
            ? Task.FromResult(OperationResult<TrunkView>.Invalid([new FieldError("RootCause", "Say what the root cause is, so the account admin and the next support person know.")]))
            : trunks.ChangeStatusAsync(actor, accountId, trunkId, AuditActions.TrunkSystemDisable,
                (trunk, _) => trunk.Apply(TrunkStateMachine.SystemDisable(trunk.ToStatus(), trunk.Type, rootCause.Trim())), cancellationToken);

    public Task<OperationResult<TrunkView>> RootCauseFixedAsync(Actor actor, Guid accountId, Guid trunkId, CancellationToken cancellationToken = default) =>
        !actor.IsSupport ? Task.FromResult(OperationResult<TrunkView>.NotFound()) : trunks.ChangeStatusAsync(actor, accountId, trunkId, AuditActions.TrunkRootCauseFixed,
            (trunk, _) => trunk.Apply(TrunkStateMachine.RootCauseFixed(trunk.ToStatus(), trunk.Type)), cancellationToken);

    /// <summary>The trunk's next CREATING or UPDATING action ends <paramref name="fault"/> (RESET or FAILED) with <paramref name="reason"/>.</summary>
    public async Task<OperationResult<bool>> ScheduleFaultAsync(Actor actor, Guid accountId, Guid trunkId, ActionStatus? fault, string? reason, CancellationToken cancellationToken = default)
    {
        if (!actor.IsSupport)
        {
            return OperationResult<bool>.NotFound();
        }
        if (fault is not (null or ActionStatus.Reset or ActionStatus.Failed))
        {
            return OperationResult<bool>.Invalid([new FieldError("Fault", "A scheduled fault is RESET or FAILED.")]);
        }
        if (fault is not null && string.IsNullOrWhiteSpace(reason))
        {
            return OperationResult<bool>.Invalid([new FieldError("Reason", "Give the reason the account admin will read, e.g. \"Invalid source IP.\"")]);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trunk = await db.Trunks.FirstOrDefaultAsync(t => t.Id == trunkId && t.AccountId == accountId && t.DeletedAt == null, cancellationToken);
        if (trunk is null)
        {
            return OperationResult<bool>.NotFound();
        }
        var before = trunk.ScheduledFault is { } f ? $"{StatusNames.Of(f)}: {trunk.ScheduledFaultReason}" : null;
        trunk.ScheduledFault = fault;
        trunk.ScheduledFaultReason = fault is null ? null : reason!.Trim();
        trunk.Version = Guid.NewGuid();
        var after = fault is { } g ? $"{StatusNames.Of(g)}: {trunk.ScheduledFaultReason}" : null;
        audit.Record(db, actor, accountId, AuditActions.TrunkScheduleFault, [new FieldChange("ScheduledFault", before, after)], trunk.Id, trunk.Name);
        trunk.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return OperationResult<bool>.Success(true);
    }
}
