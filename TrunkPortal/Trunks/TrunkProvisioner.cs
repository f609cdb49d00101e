using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Edge;

namespace TrunkPortal.Trunks;

/// <summary>
/// Completes each CREATING, UPDATING and DELETING action once the SIP edge confirmed it (T3, E2), and applies the
/// edge syncs other changes scheduled (<see cref="EdgeSyncInterceptor"/>). An edge that does not answer is retried
/// with backoff; after <see cref="SipEdgeOptions.ApplyTimeout"/> a create ends FAILED and an edit RESET (previous
/// settings restored, and restored on the edge once it answers), each with a reason naming the data center; a
/// delete keeps retrying. Due times are stored with the trunk, so after a restart everything unfinished is picked
/// up again. A fault scheduled by support makes the action end RESET or FAILED on purpose.
/// </summary>
internal sealed partial class TrunkProvisioner(
    IDbContextFactory<AppDbContext> dbFactory,
    ITrunkStatusFeed feed,
    ISipEdge edge,
    ISipEdgeProvisioning edges,
    EdgeWriteGate gate,
    CatalogLookup catalog,
    ProvisioningSignal signal,
    AuditLog audit,
    IOptions<SipEdgeOptions> edgeOptions,
    TimeProvider time,
    ILogger<TrunkProvisioner> logger) : BackgroundService
{
    private static readonly TimeSpan _idlePoll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(4);
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var nextDue = await CompleteDueActionsAsync(stoppingToken);
                wait = nextDue is null ? _idlePoll : Clamp(nextDue.Value - time.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(ex);
                wait = _idlePoll;
            }
            await signal.WaitAsync(wait, stoppingToken);
        }
    }

    /// <summary>Handles every due action and edge sync, each in its own transaction; returns when the next falls due.</summary>
    internal async Task<DateTimeOffset?> CompleteDueActionsAsync(CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        while (true)
        {
            var now = time.GetUtcNow();
            List<Guid> due;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                due = await db.Trunks
                    .Where(t => (t.ActionDueAt != null && t.ActionDueAt <= now) || (t.EdgeSyncDueAt != null && t.EdgeSyncDueAt <= now))
                    .OrderBy(t => t.ActionDueAt ?? t.EdgeSyncDueAt)
                    .Select(t => t.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            }
            // A trunk whose edge failed again in this pass is due later; one pass never handles a trunk twice.
            due.RemoveAll(id => !seen.Add(id));
            foreach (var id in due)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                if (await db.Trunks.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is { } trunk)
                {
                    await ProcessAsync(db, trunk, cancellationToken);
                }
            }
            if (due.Count < BatchSize)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                var nextAction = await db.Trunks.Where(t => t.ActionDueAt != null).MinAsync(t => t.ActionDueAt, cancellationToken);
                var nextSync = await db.Trunks.Where(t => t.EdgeSyncDueAt != null).MinAsync(t => t.EdgeSyncDueAt, cancellationToken);
                return nextAction is null ? nextSync : nextSync is null || nextAction < nextSync ? nextAction : nextSync;
            }
        }
    }

    private async Task ProcessAsync(AppDbContext db, TrunkEntity trunk, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (trunk.ActionDueAt is { } actionDue && actionDue <= now)
        {
            await CompleteActionAsync(db, trunk, cancellationToken);
        }
        else if (trunk.ActionDueAt is null && trunk.EdgeSyncDueAt is { } syncDue && syncDue <= now)
        {
            await SyncAsync(db, trunk, cancellationToken);
        }
    }

    private async Task CompleteActionAsync(AppDbContext db, TrunkEntity trunk, CancellationToken cancellationToken)
    {
        var before = trunk.ActionStatus;
        var removed = false;
        if (trunk.ScheduledFault is { } fault && before != ActionStatus.Deleting)
        {
            Fail(trunk, reset: fault == ActionStatus.Reset, trunk.ScheduledFaultReason ?? "Provisioning failed.");
            trunk.ScheduledFault = null;
            trunk.ScheduledFaultReason = null;
        }
        else
        {
            try
            {
                await ApplyToEdgeAsync(trunk, deleting: before == ActionStatus.Deleting, cancellationToken);
            }
            catch (SipEdgeUnavailableException ex)
            {
                var started = trunk.ActionStartedAt ?? trunk.UpdatedAt ?? trunk.CreatedAt;
                if (before == ActionStatus.Deleting || time.GetUtcNow() - started < edgeOptions.Value.ApplyTimeout)
                {
                    await RetryLaterAsync(db, trunk, ex, isAction: true, cancellationToken);
                    return;
                }
                LogGaveUp(trunk.Id, ex.Message);
                Fail(trunk, reset: true, ex.Message);
            }
            if (trunk.ActionStatus == before)
            {
                try
                {
                    var completion = TrunkStateMachine.CompleteAction(trunk.ToStatus(), trunk.Type);
                    trunk.Apply(completion.Status);
                    removed = completion.RemoveTrunk;
                    if (removed)
                    {
                        trunk.DeletedAt = time.GetUtcNow();
                    }
                    trunk.EdgeSyncDueAt = null;
                    trunk.EdgeLastError = null;
                }
                catch (DomainException ex)
                {
                    // The trunk changed under us in a way the state machine refuses: leave it as it is, log why.
                    LogRefused(trunk.Id, ex.Message);
                }
            }
        }
        trunk.ActionDueAt = null;
        trunk.ActionStartedAt = null;
        trunk.EdgeAttempts = 0;
        trunk.PreviousSettingsJson = null;
        trunk.UpdatedAt = time.GetUtcNow();
        audit.Record(db, Actor.System, trunk.AccountId, AuditActions.TrunkProvisioned,
            [new FieldChange("ActionStatus", StatusNames.Of(before), removed ? "DELETED" : StatusNames.Of(trunk.ActionStatus))],
            trunk.Id, trunk.Name);
        if (await SaveAsync(db, cancellationToken))
        {
            feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), removed));
        }
    }

    /// <summary>
    /// T3, E2: a create ends FAILED (the edge must then drop what it may hold), an edit RESET with the previous settings
    /// restored; both are then synced to the edge, retried until it answers.
    /// </summary>
    private void Fail(TrunkEntity trunk, bool reset, string reason)
    {
        try
        {
            var restore = reset && trunk.ActionStatus == ActionStatus.Updating;
            trunk.Apply(TrunkStateMachine.FailAction(trunk.ToStatus(), trunk.Type, restore, reason));
            if (restore && trunk.PreviousSettingsJson is { } previous)
            {
                trunk.ApplySettings(StoredPreviousSettings.Read(previous).ToRequest());
            }
            trunk.EdgeSyncDueAt = time.GetUtcNow();
        }
        catch (DomainException ex)
        {
            LogRefused(trunk.Id, ex.Message);
        }
    }

    private async Task SyncAsync(AppDbContext db, TrunkEntity trunk, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyToEdgeAsync(trunk, deleting: false, cancellationToken);
        }
        catch (SipEdgeUnavailableException ex)
        {
            await RetryLaterAsync(db, trunk, ex, isAction: false, cancellationToken);
            return;
        }
        trunk.EdgeSyncDueAt = null;
        trunk.EdgeAttempts = 0;
        trunk.EdgeLastError = null;
        if (await SaveAsync(db, cancellationToken))
        {
            // The edge dropped registrations (a reset, a disable): open pages see the badge follow.
            feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), trunk.DeletedAt is not null));
        }
    }

    private async Task ApplyToEdgeAsync(TrunkEntity trunk, bool deleting, CancellationToken cancellationToken)
    {
        var desired = EdgeTrunk.From(trunk, catalog);
        using var _ = await gate.EnterAsync(cancellationToken);
        if (deleting || !EdgeTrunk.Holds(trunk))
        {
            await edges.RemoveAsync(desired, cancellationToken);
        }
        else
        {
            await edges.ApplyAsync(desired, cancellationToken);
        }
    }

    private async Task RetryLaterAsync(AppDbContext db, TrunkEntity trunk, SipEdgeUnavailableException ex, bool isAction, CancellationToken cancellationToken)
    {
        trunk.EdgeAttempts++;
        trunk.EdgeLastError = ex.Message.Length > 512 ? ex.Message[..512] : ex.Message;
        var next = time.GetUtcNow() + Backoff(trunk.EdgeAttempts);
        if (isAction)
        {
            trunk.ActionDueAt = next;
        }
        else
        {
            trunk.EdgeSyncDueAt = next;
        }
        LogRetry(trunk.Id, trunk.EdgeAttempts, ex.Message);
        await SaveAsync(db, cancellationToken);
    }

    /// <summary>0.25 s, 0.5 s, 1 s, 2 s, then every 4 s.</summary>
    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(_maxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(attempts - 1, 10))));

    private async Task<bool> SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the trunk meanwhile; the next pass sees its new state.
            return false;
        }
    }

    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _idlePoll ? _idlePoll : wait;

    [LoggerMessage(Level = LogLevel.Error, Message = "A provisioning pass failed; retrying shortly")]
    private partial void LogPassFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provisioning of trunk {TrunkId} refused: {Reason}")]
    private partial void LogRefused(Guid trunkId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trunk {TrunkId}: the SIP edge did not confirm (attempt {Attempt}): {Reason}")]
    private partial void LogRetry(Guid trunkId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trunk {TrunkId}: the SIP edge did not confirm within the apply timeout: {Reason}")]
    private partial void LogGaveUp(Guid trunkId, string reason);
}
