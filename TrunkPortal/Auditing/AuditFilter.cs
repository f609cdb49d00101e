namespace TrunkPortal.Auditing;

/// <summary>What the audit log page filters by; null members don't filter.</summary>
public sealed record AuditFilter
{
    /// <summary>Account admins: always their own account. Support: null for every account, or one account.</summary>
    public Guid? AccountId { get; init; }

    public Guid? TrunkId { get; init; }

    /// <summary>Matches the start of the actor's name or id (a person's e-mail, an API key's name).</summary>
    public string? Person { get; init; }

    public string? Action { get; init; }

    public DateOnly? From { get; init; }

    /// <summary>Inclusive: the whole day.</summary>
    public DateOnly? To { get; init; }
}
