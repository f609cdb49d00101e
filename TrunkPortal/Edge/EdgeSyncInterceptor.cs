using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TrunkPortal.Data;
using TrunkPortal.Trunks;

namespace TrunkPortal.Edge;

/// <summary>
/// Whoever writes a trunk, a change the SIP edge must know outside an action (a credential reset, DISABLED,
/// SYSTEM_DISABLED, ENABLED, a seeded trunk) schedules an edge sync: <see cref="TrunkEntity.EdgeSyncDueAt"/> is
/// set in the same SaveChanges, so it is committed with the change or not at all, and the provisioner applies it
/// (retrying until the edge answers). Actions (create, edit, delete) are applied by the provisioner itself.
/// </summary>
internal sealed class EdgeSyncInterceptor(TimeProvider time, ProvisioningSignal signal) : SaveChangesInterceptor
{
    /// <summary>The trunk's properties <see cref="EdgeTrunk.From"/> and <see cref="EdgeTrunk.Holds"/> read.</summary>
    private static readonly string[] _edgeProperties =
    [
        nameof(TrunkEntity.AdminStatus), nameof(TrunkEntity.ActionStatus), nameof(TrunkEntity.Location),
        nameof(TrunkEntity.Username), nameof(TrunkEntity.PasswordHa1), nameof(TrunkEntity.InviteAuthentication),
        nameof(TrunkEntity.HeaderValueHash), nameof(TrunkEntity.InboundDigestUsername), nameof(TrunkEntity.InboundDigestHa1),
        nameof(TrunkEntity.DigestAuthenticationEnabled), nameof(TrunkEntity.DeletedAt), nameof(TrunkEntity.ChannelLimit),
        nameof(TrunkEntity.SourceHosts), nameof(TrunkEntity.DestinationHosts), nameof(TrunkEntity.Strategy),
        nameof(TrunkEntity.SipOptionsEnabled),
    ];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Schedule(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Schedule(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return ValueTask.FromResult(result);
    }

    private void Schedule(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        foreach (var entry in context.ChangeTracker.Entries<TrunkEntity>())
        {
            var trunk = entry.Entity;
            var due = entry.State switch
            {
                EntityState.Added => trunk.ActionDueAt is null,
                EntityState.Modified => entry.Property(t => t.ActionDueAt).OriginalValue is null
                    && trunk.ActionDueAt is null
                    && !entry.Property(t => t.EdgeSyncDueAt).IsModified
                    && _edgeProperties.Any(p => entry.Property(p) is { IsModified: true } property
                        && !Equals(property.OriginalValue, property.CurrentValue)),
                _ => false,
            };
            if (due)
            {
                trunk.EdgeSyncDueAt = time.GetUtcNow();
                trunk.EdgeAttempts = 0;
            }
        }
    }
}
