using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Trunks;

namespace TrunkPortal.Api.Keys;

/// <summary>Creates, lists and revokes an account's API keys; every call is scoped by the account (R1).</summary>
public sealed class ApiKeyService(IDbContextFactory<AppDbContext> dbFactory, ApiKeyResolver resolver, AuditLog audit, TimeProvider time)
{
    public const int MaxNameLength = 64;

    /// <summary>Why a name is refused, or null when it is fine.</summary>
    public static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Give the key a name, for example the script or system that will use it."
        : name.Trim().Length > MaxNameLength ? $"The name is too long: at most {MaxNameLength} characters."
        : null;

    public async Task<CreatedApiKey> CreateAsync(Actor actor, Guid accountId, string name, CancellationToken cancellationToken = default)
    {
        if (CheckName(name) is { } problem)
        {
            throw new ArgumentException(problem, nameof(name));
        }

        // 32 random bytes: 256 bits, which is what makes the fast, unsalted hash safe (see ApiKeyHasher).
        var plainKey = ApiKeyDefaults.KeyPrefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var entity = await AddAsync(accountId, name.Trim(), plainKey, cancellationToken);
        await RecordAsync(actor, accountId, AuditActions.ApiKeyCreate, new FieldChange("ApiKey", null, $"{entity.Name} ({entity.KeyPrefix}…)"), cancellationToken);
        return new CreatedApiKey(ToSummary(entity), plainKey);
    }

    public async Task<IReadOnlyList<ApiKeySummary>> ListAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var keys = await db.Set<ApiKeyEntity>().AsNoTracking().Where(k => k.AccountId == accountId).ToListAsync(cancellationToken);
        return [.. keys.OrderByDescending(k => k.CreatedAt).Select(ToSummary)];
    }

    /// <summary>False when the account has no such key. The key stops working at once on this instance.</summary>
    public async Task<bool> RevokeAsync(Actor actor, Guid accountId, Guid keyId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var key = await db.Set<ApiKeyEntity>().FirstOrDefaultAsync(k => k.Id == keyId && k.AccountId == accountId, cancellationToken);
        if (key is null)
        {
            return false;
        }

        key.RevokedAt ??= time.GetUtcNow();
        audit.Record(db, actor, accountId, AuditActions.ApiKeyRevoke, [new FieldChange("ApiKey", $"{key.Name} ({key.KeyPrefix}…)", "revoked")]);
        await db.SaveChangesAsync(cancellationToken);
        resolver.Forget(key.KeyHash);
        return true;
    }

    private async Task RecordAsync(Actor actor, Guid accountId, string action, FieldChange change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        audit.Record(db, actor, accountId, action, [change]);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>For the demo seeder: registers a known key once; a second call with the same key does nothing.</summary>
    public async Task SeedApiKeyAsync(Guid accountId, string name, string plainKey, CancellationToken cancellationToken = default)
    {
        var hash = ApiKeyHasher.Hash(plainKey);
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Set<ApiKeyEntity>().AnyAsync(k => k.KeyHash == hash, cancellationToken))
            {
                return;
            }
        }

        await AddAsync(accountId, name, plainKey, cancellationToken);
    }

    private async Task<ApiKeyEntity> AddAsync(Guid accountId, string name, string plainKey, CancellationToken cancellationToken)
    {
        var entity = new ApiKeyEntity
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            Name = name,
            KeyPrefix = plainKey[..Math.Min(8, plainKey.Length)],
            KeyHash = ApiKeyHasher.Hash(plainKey),
            CreatedAt = time.GetUtcNow(),
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        resolver.Forget(entity.KeyHash);
        return entity;
    }

    private static ApiKeySummary ToSummary(ApiKeyEntity k) => new(k.Id, k.Name, k.KeyPrefix, k.CreatedAt, k.LastUsedAt, k.RevokedAt);

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
