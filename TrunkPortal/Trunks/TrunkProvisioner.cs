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
/// up again. A fault scheduled by support makes the action end RESET or FAILED on purpose. With several instances on
/// one database each trunk is handled by the instance that claimed it (<see cref="ProvisioningClaims"/>); a dead
/// instance's claims are taken over once their lease expires.
/// </summary>
internal sealed partial class TrunkProvisioner(
    IDbContextFactory<AppDbContext> dbFactory,
    ITrunkStatusFeed feed,
    ISipEdge edge,
    ISipEdgeProvisioning edges,
    EdgeWriteGate gate,
    CatalogLookup catalog,
    ProvisioningSignal signal,
    ProvisioningClaims claims,
    AuditLog audit,
    IOptions<SipEdgeOptions> edgeOptions,
    TimeProvider time,
    ILogger<TrunkProvisioner> logger) : BackgroundService
{
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(4);
    private const int BatchSize = 20;

    /// <summary>5 s, or a third of the lease when that is shorter: a dead instance's work is taken over soon after its lease.</summary>
    private TimeSpan IdlePoll => TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(5).Ticks, claims.Lease.Ticks / 3));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await claims.ReleaseLeftoversAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPassFailed(ex);
        }
        try
        {
            await RunAsync(stoppingToken);
        }
        finally
        {
            await ReleaseClaimsAsync();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var nextDue = await CompleteDueActionsAsync(stoppingToken);
                wait = nextDue is null ? IdlePoll : Clamp(nextDue.Value - time.GetUtcNow());
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogPassFailed(ex);
                wait = IdlePoll;
            }
            await signal.WaitAsync(wait, stoppingToken);
        }
    }

    /// <summary>
    /// Claims and handles every due action and edge sync nobody else holds, each in its own transaction; returns when
    /// the next may be claimed.
    /// </summary>
    internal async Task<DateTimeOffset?> CompleteDueActionsAsync(CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        while (true)
        {
            var claimed = await claims.ClaimAsync(BatchSize, cancellationToken);
            // A trunk whose edge failed again in this pass is due later; one pass never handles a trunk twice.
            var work = claimed.Where(seen.Add).ToList();
            if (work.Count < claimed.Count)
            {
                await claims.ReleaseAsync([.. claimed.Except(work)], cancellationToken);
            }
            var pending = work.ToHashSet();
            using (var working = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                var renewal = RenewWhileWorkingAsync(pending, working.Token);
                try
                {
                    foreach (var id in work)
                    {
                        if (!await ProcessAsync(id, cancellationToken))
                        {
                            await claims.ReleaseAsync([id], cancellationToken);
                        }
                        lock (pending)
                        {
                            pending.Remove(id);
                        }
                    }
                }
                finally
                {
                    await working.CancelAsync();
                    await renewal;
                    if (pending.Count > 0 && !cancellationToken.IsCancellationRequested)
                    {
                        // The pass failed part way: what it did not reach is free for the next pass at once.
                        await claims.ReleaseAsync(pending, CancellationToken.None);
                    }
                }
            }
            if (claimed.Count < BatchSize)
            {
                return await claims.NextDueAsync(cancellationToken);
            }
        }
    }

    /// <summary>Keeps this pass's remaining claims alive while it works through them (each apply may take a while).</summary>
    private async Task RenewWhileWorkingAsync(HashSet<Guid> pending, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(claims.Lease / 3, time, cancellationToken);
                List<Guid> ids;
                lock (pending)
                {
                    ids = [.. pending];
                }
                await claims.RenewAsync(ids, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception ex)
        {
            // Not renewed: the leases expire and another instance may take the trunks over, which is safe.
            LogRenewFailed(ex);
        }
    }

    /// <summary>Handles one claimed trunk; false when nothing was saved, so its claim is still to be released.</summary>
    private async Task<bool> ProcessAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Still ours: after a stall longer than the lease, another instance may have taken it over.
        if (await db.Trunks.FirstOrDefaultAsync(t => t.Id == id && t.ClaimedBy == claims.InstanceId, cancellationToken) is not { } trunk)
        {
            return false;
        }
        var now = time.GetUtcNow();
        if (trunk.ActionDueAt is { } actionDue && actionDue <= now)
        {
            return await CompleteActionAsync(db, trunk, cancellationToken);
        }
        if (trunk.ActionDueAt is null && trunk.EdgeSyncDueAt is { } syncDue && syncDue <= now)
        {
            return await SyncAsync(db, trunk, cancellationToken);
        }
        return false;
    }

    private async Task ReleaseClaimsAsync()
    {
        // The host is stopping: hand what is left to the other instances now rather than after the lease.
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await claims.ReleaseAllAsync(timeout.Token);
        }
        catch (Exception ex)
        {
            LogReleaseFailed(ex);
        }
    }

    private async Task<bool> CompleteActionAsync(AppDbContext db, TrunkEntity trunk, CancellationToken cancellationToken)
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
                    return await RetryLaterAsync(db, trunk, ex, isAction: true, cancellationToken);
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
        if (!await SaveAsync(db, trunk, cancellationToken))
        {
            return false;
        }
        feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), removed));
        return true;
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

    private async Task<bool> SyncAsync(AppDbContext db, TrunkEntity trunk, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyToEdgeAsync(trunk, deleting: false, cancellationToken);
        }
        catch (SipEdgeUnavailableException ex)
        {
            return await RetryLaterAsync(db, trunk, ex, isAction: false, cancellationToken);
        }
        trunk.EdgeSyncDueAt = null;
        trunk.EdgeAttempts = 0;
        trunk.EdgeLastError = null;
        if (!await SaveAsync(db, trunk, cancellationToken))
        {
            return false;
        }
        // The edge dropped registrations (a reset, a disable): open pages see the badge follow.
        feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), trunk.DeletedAt is not null));
        return true;
    }

    private async Task ApplyToEdgeAsync(TrunkEntity trunk, bool deleting, CancellationToken cancellationToken)
    {
        var desired = EdgeTrunk.From(trunk, catalog);
        await using var _ = await gate.EnterAsync(cancellationToken);
        if (deleting || !EdgeTrunk.Holds(trunk))
        {
            await edges.RemoveAsync(desired, cancellationToken);
        }
        else
        {
            await edges.ApplyAsync(desired, cancellationToken);
        }
    }

    private async Task<bool> RetryLaterAsync(AppDbContext db, TrunkEntity trunk, SipEdgeUnavailableException ex, bool isAction, CancellationToken cancellationToken)
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
        return await SaveAsync(db, trunk, cancellationToken);
    }

    /// <summary>0.25 s, 0.5 s, 1 s, 2 s, then every 4 s.</summary>
    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMilliseconds(Math.Min(_maxBackoff.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(attempts - 1, 10))));

    /// <summary>Saves the trunk and releases its claim, if the claim is still this instance's.</summary>
    private async Task<bool> SaveAsync(AppDbContext db, TrunkEntity trunk, CancellationToken cancellationToken)
    {
        try
        {
            if (await claims.SaveAndReleaseAsync(db, trunk.Id, cancellationToken))
            {
                return true;
            }
            LogClaimLost(trunk.Id);
            return false;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the trunk meanwhile; the next pass sees its new state.
            return false;
        }
    }

    private TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > IdlePoll ? IdlePoll : wait;

    [LoggerMessage(Level = LogLevel.Error, Message = "A provisioning pass failed; retrying shortly")]
    private partial void LogPassFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing this instance's provisioning claims failed; they may be taken over when their lease expires")]
    private partial void LogRenewFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing this instance's provisioning claims at stop failed; they are taken over when their lease expires")]
    private partial void LogReleaseFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trunk {TrunkId}: another instance took the provisioning claim over (the lease expired); its result is theirs to record")]
    private partial void LogClaimLost(Guid trunkId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provisioning of trunk {TrunkId} refused: {Reason}")]
    private partial void LogRefused(Guid trunkId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trunk {TrunkId}: the SIP edge did not confirm (attempt {Attempt}): {Reason}")]
    private partial void LogRetry(Guid trunkId, int attempt, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trunk {TrunkId}: the SIP edge did not confirm within the apply timeout: {Reason}")]
    private partial void LogGaveUp(Guid trunkId, string reason);
}
