namespace TrunkPortal.Api.Idempotency;

/// <summary>
/// One Idempotency-Key of an account. Inserted before the work starts (the unique index on AccountId + Key is
/// what stops a concurrent twin); the answer is filled in when the work succeeds. The stored body may hold a
/// secret shown once (a registration password), so it is kept encrypted with Data Protection, never in clear (R3).
/// </summary>
public sealed class IdempotencyRecordEntity
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string Key { get; set; } = "";

    /// <summary>SHA-256 of the canonical request body.</summary>
    public string RequestHash { get; set; } = "";

    public int? StatusCode { get; set; }

    /// <summary>The answer as first given, secrets included: replayed for <see cref="IdempotencyStore.SecretLifetime"/> at most, and
    /// voided (null) by any later reset, edit, status change or delete of the trunk.</summary>
    public string? ProtectedResponse { get; set; }

    /// <summary>The same answer without its secrets, replayed once the one above is gone.</summary>
    public string? ProtectedRedactedResponse { get; set; }

    /// <summary>The trunk the request created, so a later change of that trunk can void the secrets above.</summary>
    public Guid? TrunkId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
