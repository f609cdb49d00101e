using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;

namespace TrunkPortal.Api.Idempotency;

/// <summary>
/// Idempotency-Key records per account, kept 24 hours. Only successful answers are kept: a failed attempt may be
/// retried with its key. An answer that carries secrets (a create's password or header value) is replayed with them
/// for <see cref="SecretLifetime"/> only, and never after the trunk was reset, edited or deleted; after that a replay
/// gives the same answer without its secrets (R3: shown once, recoverable only by a reset).
/// </summary>
public sealed class IdempotencyStore(IDbContextFactory<AppDbContext> dbFactory, IDataProtectionProvider protection, TimeProvider time)
{
    public const int MaxKeyLength = 255;

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Long enough for a client's retry after a lost answer; short enough that a stored password does not linger.</summary>
    public static readonly TimeSpan SecretLifetime = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan _pollInterval = TimeSpan.FromMilliseconds(100);

    private static readonly TimeSpan _waitForTwin = TimeSpan.FromSeconds(10);

    private readonly IDataProtector _protector = protection.CreateProtector("TrunkPortal.Api.Idempotency");

    public async Task<IdempotencyOutcome> BeginAsync(Guid accountId, string key, string requestHash, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            var now = time.GetUtcNow();
            var record = new IdempotencyRecordEntity { Id = Guid.NewGuid(), AccountId = accountId, Key = key, RequestHash = requestHash, CreatedAt = now };
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            db.Add(record);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new IdempotencyOutcome(IdempotencyOutcomeKind.Started, record.Id);
            }
            catch (DbUpdateException ex) when (PortalDatabase.IsUniqueKeyRefusal<IdempotencyRecordEntity>(db, ex))
            {
                db.ChangeTracker.Clear();
            }

            var existing = await db.Set<IdempotencyRecordEntity>().AsNoTracking()
                .FirstOrDefaultAsync(r => r.AccountId == accountId && r.Key == key, cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (existing.CreatedAt + Lifetime <= now)
            {
                await db.Set<IdempotencyRecordEntity>().Where(r => r.Id == existing.Id).ExecuteDeleteAsync(cancellationToken);
                continue;
            }

            if (!string.Equals(existing.RequestHash, requestHash, StringComparison.Ordinal))
            {
                return new IdempotencyOutcome(IdempotencyOutcomeKind.Mismatch);
            }

            if (existing.StatusCode is { } status)
            {
                var withSecrets = existing.ProtectedResponse is not null && existing.CompletedAt + SecretLifetime > now;
                var stored = withSecrets ? existing.ProtectedResponse : existing.ProtectedRedactedResponse ?? existing.ProtectedResponse;
                return new IdempotencyOutcome(IdempotencyOutcomeKind.Replay, existing.Id, status, stored is null ? null : _protector.Unprotect(stored));
            }

            if (waited >= _waitForTwin)
            {
                return new IdempotencyOutcome(IdempotencyOutcomeKind.InProgress);
            }

            await Task.Delay(_pollInterval, cancellationToken);
            waited += _pollInterval;
        }
    }

    public async Task CompleteAsync(Guid recordId, int statusCode, string body, string redactedBody, Guid? trunkId, CancellationToken cancellationToken)
    {
        var protectedBody = _protector.Protect(body);
        var protectedRedacted = _protector.Protect(redactedBody);
        var completedAt = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Set<IdempotencyRecordEntity>().Where(r => r.Id == recordId).ExecuteUpdateAsync(
            r => r.SetProperty(e => e.StatusCode, statusCode).SetProperty(e => e.ProtectedResponse, protectedBody)
                .SetProperty(e => e.ProtectedRedactedResponse, protectedRedacted).SetProperty(e => e.TrunkId, trunkId)
                .SetProperty(e => e.CompletedAt, completedAt),
            cancellationToken);
    }

    /// <summary>Forgets the secrets of every stored answer about <paramref name="trunkId"/>; part of the caller's transaction.</summary>
    public static Task VoidSecretsAsync(AppDbContext db, Guid trunkId, CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecordEntity>().Where(r => r.TrunkId == trunkId && r.ProtectedResponse != null)
            .ExecuteUpdateAsync(r => r.SetProperty(e => e.ProtectedResponse, (string?)null), cancellationToken);

    /// <summary>Forgets a key whose request failed, so that the client may retry with it. Not cancellable: it must run even when the request was aborted.</summary>
    public async Task AbandonAsync(Guid recordId)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Set<IdempotencyRecordEntity>().Where(r => r.Id == recordId).ExecuteDeleteAsync();
    }
}
