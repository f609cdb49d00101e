using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Auditing;

/// <summary>Adds audit entries to the caller's context, so they commit in the same transaction as the change.</summary>
public sealed class AuditLog(TimeProvider timeProvider)
{
    public void Record(AppDbContext db, Actor actor, Guid accountId, string action, IReadOnlyList<FieldChange> changes, Guid? trunkId = null, string? trunkName = null) =>
        db.Set<AuditEntry>().Add(new AuditEntry
        {
            AccountId = accountId,
            TrunkId = trunkId,
            TrunkName = trunkName,
            At = timeProvider.GetUtcNow(),
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            ActorName = actor.Name,
            ActorKey = TrunkNames.Key(actor.Name),
            IpAddress = actor.IpAddress,
            Action = action,
            Changes = [.. changes],
        });
}
