using TrunkPortal.Trunks;

namespace TrunkPortal.Auditing;

/// <summary>One change by anyone, through any door: who, when, from where, to what, and the field-level diff.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public Guid AccountId { get; set; }

    public Guid? TrunkId { get; set; }

    /// <summary>The trunk's name at the time, so the entry still reads well after the trunk is gone.</summary>
    public string? TrunkName { get; set; }

    public DateTimeOffset At { get; set; }

    public ActorKind ActorKind { get; set; }

    public string ActorId { get; set; } = "";

    public string ActorName { get; set; } = "";

    /// <summary>
    /// <see cref="ActorName"/> as <see cref="TrunkPortal.Domain.Trunks.TrunkNames.Key"/> makes it (trimmed, upper
    /// case), set by <see cref="AuditLog.Record"/>: the audit log's person filter compares it by range, which ignores
    /// case the same way on SQLite and PostgreSQL. Null only on a SQLite row NameKeyBackfill has not reached yet.
    /// </summary>
    public string? ActorKey { get; set; }

    public string? IpAddress { get; set; }

    /// <summary>What was done, e.g. "trunk.create", "trunk.reset-credentials", "account.limits".</summary>
    public string Action { get; set; } = "";

    public List<FieldChange> Changes { get; set; } = [];
}

/// <summary>One field's old and new value; secrets are recorded only as <see cref="FieldChange.Redacted"/>.</summary>
public sealed record FieldChange(string Field, string? Old, string? New)
{
    public const string Redacted = "(changed)";

    public static FieldChange Secret(string field) => new(field, null, Redacted);

    public bool IsSecret => Old is null && New == Redacted;

    /// <summary>How the audit log reads it: "ChannelLimit: 10 → 20", "Name: set to Office", "Password: replaced (secret values are never recorded)".</summary>
    public string Describe() => this switch
    {
        { IsSecret: true } => $"{Field}: replaced (secret values are never recorded)",
        { Old: null } => $"{Field}: set to {New}",
        { New: null } => $"{Field}: {Old} → cleared",
        _ => $"{Field}: {Old} → {New}",
    };
}
