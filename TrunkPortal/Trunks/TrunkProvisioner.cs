using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// Plays the platform: completes each CREATING, UPDATING and DELETING action once it is due
/// (<see cref="ProvisioningOptions.DelayMs"/> after it was recorded). The due time is stored with the trunk,
/// so after a restart every unfinished action is picked up again. A fault scheduled by support makes the
/// action end RESET (previous settings restored) or FAILED instead.
/// </summary>
internal sealed partial class TrunkProvisioner(
    IDbContextFactory<AppDbContext> dbFactory,
    ITrunkStatusFeed feed,
    ISipEdge edge,
    ProvisioningSignal signal,
    AuditLog audit,
    TimeProvider time,
    ILogger<TrunkProvisioner> logger) : BackgroundService
{
    private static readonly TimeSpan _idlePoll = TimeSpan.FromSeconds(5);
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

    /// <summary>Completes every due action, each in its own transaction; returns when the next one falls due.</summary>
    internal async Task<DateTimeOffset?> CompleteDueActionsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            List<Guid> due;
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                due = await db.Trunks
                    .Where(t => t.ActionDueAt != null && t.ActionDueAt <= now)
                    .OrderBy(t => t.ActionDueAt)
                    .Select(t => t.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            }
            foreach (var id in due)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                if (await db.Trunks.FirstOrDefaultAsync(t => t.Id == id && t.ActionDueAt != null, cancellationToken) is { } trunk)
                {
                    await CompleteAsync(db, trunk, now, cancellationToken);
                }
            }
            if (due.Count < BatchSize)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                return await db.Trunks.Where(t => t.ActionDueAt != null)
                    .OrderBy(t => t.ActionDueAt).Select(t => t.ActionDueAt).FirstOrDefaultAsync(cancellationToken);
            }
        }
    }

    private async Task CompleteAsync(AppDbContext db, TrunkEntity trunk, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var before = trunk.ActionStatus;
        var removed = false;
        try
        {
            var status = trunk.ToStatus();
            if (trunk.ScheduledFault is { } fault && before != ActionStatus.Deleting)
            {
                var reset = fault == ActionStatus.Reset && before == ActionStatus.Updating;
                trunk.Apply(TrunkStateMachine.FailAction(status, trunk.Type, reset, trunk.ScheduledFaultReason ?? "Provisioning failed."));
                if (reset && trunk.PreviousSettingsJson is { } previous)
                {
                    trunk.ApplySettings(JsonSerializer.Deserialize<TrunkRequest>(previous)!);
                }
                trunk.ScheduledFault = null;
                trunk.ScheduledFaultReason = null;
            }
            else
            {
                var completion = TrunkStateMachine.CompleteAction(status, trunk.Type);
                trunk.Apply(completion.Status);
                removed = completion.RemoveTrunk;
                if (removed)
                {
                    trunk.DeletedAt = now;
                }
            }
        }
        catch (DomainException ex)
        {
            // The trunk changed under us in a way the state machine refuses: leave it as it is, log why.
            LogRefused(trunk.Id, ex.Message);
        }
        trunk.ActionDueAt = null;
        trunk.PreviousSettingsJson = null;
        trunk.UpdatedAt = now;
        audit.Record(db, Actor.System, trunk.AccountId, AuditActions.TrunkProvisioned,
            [new FieldChange("ActionStatus", StatusNames.Of(before), removed ? "DELETED" : StatusNames.Of(trunk.ActionStatus))],
            trunk.Id, trunk.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed the trunk meanwhile; the next pass sees its new state.
            return;
        }
        feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), removed));
    }

    private static TimeSpan Clamp(TimeSpan wait) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > _idlePoll ? _idlePoll : wait;

    [LoggerMessage(Level = LogLevel.Error, Message = "A provisioning pass failed; retrying shortly")]
    private partial void LogPassFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Provisioning of trunk {TrunkId} refused: {Reason}")]
    private partial void LogRefused(Guid trunkId, string reason);
}
