namespace TrunkPortal.Api.Idempotency;

public enum IdempotencyOutcomeKind
{
    /// <summary>The key is new: do the work, then complete or abandon the record.</summary>
    Started,

    /// <summary>The same key and body succeeded before: answer <see cref="IdempotencyOutcome.StatusCode"/> and body again.</summary>
    Replay,

    /// <summary>The key was used with another body.</summary>
    Mismatch,

    /// <summary>The first request with this key is still running.</summary>
    InProgress,
}

public sealed record IdempotencyOutcome(IdempotencyOutcomeKind Kind, Guid RecordId = default, int StatusCode = 0, string? Body = null);
