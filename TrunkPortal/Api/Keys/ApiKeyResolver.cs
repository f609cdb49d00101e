using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TrunkPortal.Data;

namespace TrunkPortal.Api.Keys;

/// <summary>
/// Resolves a presented key without a database round trip on every request: answers (unknown keys included)
/// are cached by hash for <see cref="CacheDuration"/>, and a revoke removes its entry at once. LastUsedAt is
/// written at most once a minute per key. With several app instances a revoke reaches the others within the TTL.
/// </summary>
public sealed class ApiKeyResolver(IDbContextFactory<AppDbContext> dbFactory, IMemoryCache cache, TimeProvider time)
{
    public static readonly TimeSpan CacheDuration = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan _touchInterval = TimeSpan.FromMinutes(1);

    private static readonly object _unknown = new();

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _lastTouched = new();

    public async Task<ResolvedApiKey?> ResolveAsync(string plainKey, CancellationToken cancellationToken)
    {
        var hash = ApiKeyHasher.Hash(plainKey);
        if (!cache.TryGetValue(CacheKey(hash), out var cached))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var key = await db.Set<ApiKeyEntity>().AsNoTracking()
                .Where(k => k.KeyHash == hash && k.RevokedAt == null)
                .Select(k => new ResolvedApiKey(k.Id, k.AccountId, k.Name))
                .FirstOrDefaultAsync(cancellationToken);
            cached = key ?? _unknown;
            cache.Set(CacheKey(hash), cached, CacheDuration);
        }

        if (cached is not ResolvedApiKey resolved)
        {
            return null;
        }

        await TouchAsync(resolved.Id, cancellationToken);
        return resolved;
    }

    public void Forget(string keyHash) => cache.Remove(CacheKey(keyHash));

    private async Task TouchAsync(Guid keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var last = _lastTouched.GetValueOrDefault(keyId, DateTimeOffset.MinValue);
        if (now - last < _touchInterval || !_lastTouched.TryUpdate(keyId, now, last) && !_lastTouched.TryAdd(keyId, now))
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Set<ApiKeyEntity>().Where(k => k.Id == keyId)
            .ExecuteUpdateAsync(k => k.SetProperty(e => e.LastUsedAt, now), cancellationToken);
    }

    private static string CacheKey(string hash) => "api-key:" + hash;
}
