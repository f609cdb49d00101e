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

    public string? ProtectedResponse { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
