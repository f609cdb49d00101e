using TrunkPortal.Api.Idempotency;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Limits;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

internal sealed partial class TrunkService
{
    public async Task<OperationResult<TrunkView>> UpdateAsync(Actor actor, Guid accountId, Guid trunkId, TrunkRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await LockAccountAsync(db, accountId, cancellationToken)
            || await FindAsync(db.Trunks, accountId, trunkId, cancellationToken) is not { } trunk)
        {
            return OperationResult<TrunkView>.NotFound();
        }
        var account = (await accounts.ReadAsync(db, accountId, cancellationToken))!;
        var before = trunk.ToSettings();

        if (TrunkRequestValidation.FixedFieldChanges(before, request) is { } fixedFields)
        {
            return OperationResult<TrunkView>.Refused(ImmutableFields.RuleCode, fixedFields);
        }
        var settings = validation.PrepareUpdate(request, before);
        var errors = await validation.ValidateAsync(settings, account, trunkId, cancellationToken);
        if (errors.Count == 0)
        {
            errors = await SourceHostClaims.ErrorsAsync(db, accountId, settings, trunkId, cancellationToken);
        }
        if (errors.Count > 0)
        {
            return OperationResult<TrunkView>.Invalid(errors);
        }
        if (LimitPolicy.CheckHosts(settings.SourceHosts?.Count ?? 0, settings.DestinationHosts?.Count ?? 0, account.Limits) is { } limit)
        {
            return OperationResult<TrunkView>.Refused(limit.RuleId, limit.Message);
        }
        try
        {
            trunk.Apply(TrunkStateMachine.BeginEdit(trunk.ToStatus(), trunk.Type));
        }
        catch (DomainException ex)
        {
            return Refused<TrunkView>(ex);
        }

        var now = time.GetUtcNow();
        trunk.PreviousSettingsJson = StoredPreviousSettings.Write(before);
        trunk.ApplySettings(settings);
        BeginAction(trunk, now);
        trunk.UpdatedAt = now;
        audit.Record(db, actor, accountId, AuditActions.TrunkUpdate, SettingsDiff.Between(before, settings), trunk.Id, trunk.Name);
        await IdempotencyStore.VoidSecretsAsync(db, trunk.Id, cancellationToken);
        if (!await SaveClaimingSourcesAsync(db, cancellationToken))
        {
            return SourceHostTaken<TrunkView>(settings);
        }
        await transaction.CommitAsync(cancellationToken);

        Published(trunk);
        return OperationResult<TrunkView>.Success(ToView(trunk));
    }

    public async Task<IReadOnlyList<FieldError>> CheckSourceHostsAsync(Guid accountId, TrunkRequest request, Guid? trunkId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await SourceHostClaims.ErrorsAsync(db, accountId, validation.PrepareCreate(request), trunkId, cancellationToken);
    }

    public Task<OperationResult<TrunkView>> DeleteAsync(Actor actor, Guid accountId, Guid trunkId, CancellationToken cancellationToken = default) =>
        ChangeStatusAsync(actor, accountId, trunkId, AuditActions.TrunkDelete, (trunk, now) =>
        {
            trunk.Apply(TrunkStateMachine.BeginDelete(trunk.ToStatus(), trunk.Type));
            BeginAction(trunk, now);
        }, cancellationToken);

    public async Task<OperationResult<TrunkStatusView>> SetAdminStatusAsync(Actor actor, Guid accountId, Guid trunkId, AdminStatus target, CancellationToken cancellationToken = default)
    {
        if (target == AdminStatus.SystemDisabled)
        {
            return OperationResult<TrunkStatusView>.Invalid(
                [new FieldError("AdminStatus", "SYSTEM_DISABLED is set by the system, not by a request; use ENABLED or DISABLED.")]);
        }
        var action = target == AdminStatus.Enabled ? AuditActions.TrunkEnable : AuditActions.TrunkDisable;
        var result = await ChangeStatusAsync(actor, accountId, trunkId, action, (trunk, _) =>
        {
            var status = trunk.ToStatus();
            if (status.AdminStatus == target)
            {
                return;
            }
            trunk.Apply(target == AdminStatus.Enabled
                ? TrunkStateMachine.Enable(status, trunk.Type)
                : TrunkStateMachine.Disable(status, trunk.Type));
        }, cancellationToken);
        return result.Succeeded ? OperationResult<TrunkStatusView>.Success(result.Value!.Status) : result.As<TrunkStatusView>();
    }

    /// <summary>Loads the trunk under the account lock, applies a status change the domain may refuse, audits the status diff.</summary>
    internal async Task<OperationResult<TrunkView>> ChangeStatusAsync(
        Actor actor, Guid accountId, Guid trunkId, string auditAction, Action<TrunkEntity, DateTimeOffset> change, CancellationToken cancellationToken,
        bool alwaysSave = false, Func<TrunkEntity, List<FieldChange>>? changes = null)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await LockAccountAsync(db, accountId, cancellationToken)
            || await FindAsync(db.Trunks, accountId, trunkId, cancellationToken) is not { } trunk)
        {
            return OperationResult<TrunkView>.NotFound();
        }
        var before = trunk.ToStatus();
        var now = time.GetUtcNow();
        try
        {
            change(trunk, now);
        }
        catch (DomainException ex)
        {
            return Refused<TrunkView>(ex);
        }
        var after = trunk.ToStatus();
        if (alwaysSave || after != before)
        {
            trunk.UpdatedAt = now;
            audit.Record(db, actor, accountId, auditAction, changes?.Invoke(trunk) ?? StatusDiff(before, after), trunk.Id, trunk.Name);
            // A stored create answer never replays the secrets after a reset, an edit, a status change or a delete.
            await IdempotencyStore.VoidSecretsAsync(db, trunk.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            Published(trunk);
        }
        return OperationResult<TrunkView>.Success(ToView(trunk));
    }

    private static List<FieldChange> StatusDiff(TrunkStatus before, TrunkStatus after)
    {
        var changes = new List<FieldChange>();
        if (before.AdminStatus != after.AdminStatus)
        {
            changes.Add(new("AdminStatus", StatusNames.Of(before.AdminStatus), StatusNames.Of(after.AdminStatus)));
        }
        if (before.ActionStatus != after.ActionStatus)
        {
            changes.Add(new("ActionStatus", StatusNames.Of(before.ActionStatus), StatusNames.Of(after.ActionStatus)));
        }
        if (before.SystemDisabledRootCause != after.SystemDisabledRootCause)
        {
            changes.Add(new("RootCause", before.SystemDisabledRootCause, after.SystemDisabledRootCause));
        }
        return changes;
    }
}
