using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Caching.Memory;
using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// Each account's live trunks, read from the database once per change instead of once per request: the API's
/// page and single-trunk reads (benchmark 1 in bench/README.md) and the portal's list are served from here.
/// <see cref="TrunkWriteInterceptor"/> calls <see cref="Invalidate"/> after every committed write of a trunk,
/// whoever makes it (service, provisioner, support, seed), so a read never returns what a committed write replaced.
/// The cache is per process; on PostgreSQL, <see cref="PostgresTrunkChanges"/> carries every other instance's
/// writes here (a trigger's NOTIFY), and keeps the cache <see cref="Suspend">suspended</see> (every read from the
/// database, nothing stored) while it is not listening: from start until its first LISTEN, and from a lost
/// connection until the next one. At most <see cref="MaxCachedTrunks"/> rows are held; accounts not
/// read for <see cref="IdleTime"/> are dropped. The database comes from the caller, because the interceptor that
/// invalidates is itself part of the database's options.
/// </summary>
internal sealed class AccountTrunkCache : IDisposable
{
    public const int MaxCachedTrunks = 20_000;

    public static readonly TimeSpan IdleTime = TimeSpan.FromMinutes(10);

    // One compiled query per model: EF binds a compiled query to the first model it runs on and refuses any other
    // (CompiledQueryDifferentModel), and each provider has its own compiled model. A process has one provider; a test
    // run has both.
    private static readonly ConditionalWeakTable<IModel, Func<AppDbContext, Guid, IAsyncEnumerable<TrunkEntity>>> _liveTrunks = [];

    private static Func<AppDbContext, Guid, IAsyncEnumerable<TrunkEntity>> LiveTrunks(AppDbContext db) =>
        _liveTrunks.GetValue(db.Model, static _ => EF.CompileAsyncQuery(
            (AppDbContext db, Guid accountId) => db.Trunks
                .Where(t => t.AccountId == accountId && t.DeletedAt == null)
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .AsNoTracking()));

    private readonly MemoryCache _snapshots = new(new MemoryCacheOptions { SizeLimit = MaxCachedTrunks });

    // Bumped after each committed write. A read stores its snapshot only if no write committed while it ran.
    private readonly ConcurrentDictionary<Guid, long> _versions = new();

    // Bumped by Suspend and Clear: a read that began before either does not store what it read.
    private long _epoch;

    private volatile bool _suspended;

    /// <summary>The cache of one process; <paramref name="suspended"/> until <see cref="Resume"/> (PostgreSQL).</summary>
    public AccountTrunkCache(bool suspended = false) => _suspended = suspended;

    /// <summary>Whether reads go to the database and nothing is stored.</summary>
    public bool IsSuspended => _suspended;

    /// <summary>The account's live trunks in creation order. The rows are shared: callers must not change them.</summary>
    public async ValueTask<AccountTrunks> GetAsync(IDbContextFactory<AppDbContext> dbFactory, Guid accountId, CancellationToken cancellationToken)
    {
        var epoch = Interlocked.Read(ref _epoch);
        var version = _versions.GetOrAdd(accountId, 0);
        if (!_suspended && _snapshots.TryGetValue(accountId, out AccountTrunks? cached) && cached!.Version == version)
        {
            return cached;
        }

        var rows = new List<TrunkEntity>();
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await foreach (var trunk in LiveTrunks(db)(db, accountId).WithCancellation(cancellationToken))
            {
                rows.Add(trunk);
            }
        }

        var snapshot = new AccountTrunks(version, rows);
        if (!_suspended && _versions.TryGetValue(accountId, out var current) && current == version)
        {
            _snapshots.Set(accountId, snapshot, new MemoryCacheEntryOptions { Size = rows.Count + 1, SlidingExpiration = IdleTime });
            // Suspend or Clear ran while this read did: what it read may be older than what they dropped.
            if (_suspended || Interlocked.Read(ref _epoch) != epoch)
            {
                _snapshots.Remove(accountId);
            }
        }
        return snapshot;
    }

    /// <summary>From now on every read goes to the database and nothing is stored; what is stored is dropped.</summary>
    public void Suspend()
    {
        _suspended = true;
        Clear();
    }

    /// <summary>Drops every account's snapshot.</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _epoch);
        _snapshots.Clear();
    }

    /// <summary>Reads are stored again (after <see cref="Clear"/>, so nothing older than now is served).</summary>
    public void Resume() => _suspended = false;

    public void Invalidate(Guid accountId)
    {
        _versions.AddOrUpdate(accountId, 1, (_, version) => version + 1);
        _snapshots.Remove(accountId);
    }

    public void Dispose() => _snapshots.Dispose();
}

/// <summary>
/// One account's live trunks at one version, in creation order, with a lookup by id and each trunk's settings read
/// once (<see cref="SettingsOf"/>): the rows of a snapshot never change, so neither do their settings, and reading
/// them through the field bindings was half the cost of serving a page.
/// </summary>
internal sealed class AccountTrunks
{
    private readonly Dictionary<Guid, Entry> _byId;

    public AccountTrunks(long version, List<TrunkEntity> inOrder)
    {
        Version = version;
        InOrder = inOrder;
        _byId = inOrder.ToDictionary(t => t.Id, t => new Entry(t));
    }

    public long Version { get; }

    public IReadOnlyList<TrunkEntity> InOrder { get; }

    public TrunkEntity? Find(Guid trunkId) => _byId.GetValueOrDefault(trunkId)?.Trunk;

    /// <summary><paramref name="trunk"/>'s settings (<see cref="TrunkEntity.ReadSettings"/>), read at its first use.</summary>
    public TrunkSettings SettingsOf(TrunkEntity trunk) =>
        _byId.TryGetValue(trunk.Id, out var entry) && ReferenceEquals(entry.Trunk, trunk)
            ? entry.Settings
            : throw new ArgumentException($"Trunk {trunk.Id} is not a row of this snapshot.", nameof(trunk));

    private sealed class Entry(TrunkEntity trunk)
    {
        private TrunkSettings? _settings;

        public TrunkEntity Trunk => trunk;

        // Two readers at once may both read them; they read the same immutable value, and either is kept.
        public TrunkSettings Settings => _settings ??= trunk.ReadSettings();
    }
}
