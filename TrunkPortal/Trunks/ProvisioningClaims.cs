using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Data;
using TrunkPortal.Hosting;

namespace TrunkPortal.Trunks;

/// <summary>
/// Plan 0014, 3.2.3: which instance's provisioner handles a due action or sync. A pass claims due trunks that nobody
/// holds (or whose holder's lease expired) in one short transaction, stamping <see cref="TrunkEntity.ClaimedBy"/> and
/// <see cref="TrunkEntity.ClaimedUntil"/>; on PostgreSQL <c>FOR UPDATE SKIP LOCKED</c> gives two instances claiming
/// at once disjoint sets, on SQLite the claim runs inside <c>BEGIN IMMEDIATE</c> (one writer). The holder renews its
/// leases while it works; its completion releases the claim in the transaction that saves it, and only while the
/// claim is still its own.
/// </summary>
internal sealed class ProvisioningClaims(
    IDbContextFactory<AppDbContext> dbFactory,
    PortalDatabaseSettings database,
    PortalInstance instance,
    IOptions<ProvisioningOptions> options,
    TimeProvider time)
{
    // Raw SQL: LINQ's Take(n).ExecuteUpdate becomes UPDATE ... FROM (SELECT ... LIMIT n), whose waiters re-check only
    // the id after the first claimer commits, so two instances would claim the same rows. The parameters are
    // DateTime (UTC): raw SQL skips the model's UtcDateTimeOffsetConverter, and SQLite would compare a DateTimeOffset
    // parameter's text (with its offset) against the stored DateTime text.
    private const string DueUnclaimedSql = """
        SELECT "Id" AS "Value" FROM "Trunks"
        WHERE ("ActionDueAt" <= {0} OR "EdgeSyncDueAt" <= {0})
          AND ("ClaimedUntil" IS NULL OR "ClaimedUntil" < {0})
        ORDER BY COALESCE("ActionDueAt", "EdgeSyncDueAt")
        LIMIT {1}
        """;

    public string InstanceId => instance.Id;

    public TimeSpan Lease => TimeSpan.FromSeconds(options.Value.LeaseSeconds);

    /// <summary>Claims up to <paramref name="max"/> due trunks for this instance, the longest due first.</summary>
    public async Task<List<Guid>> ClaimAsync(int max, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sql = database.Provider switch
        {
            DatabaseProvider.Postgres => DueUnclaimedSql + "\nFOR UPDATE SKIP LOCKED",
            DatabaseProvider.Sqlite => DueUnclaimedSql,
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = await db.Database.SqlQueryRaw<Guid>(sql, now.UtcDateTime, max).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return ids;
        }
        var until = now + Lease;
        await db.Trunks.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(t => t.ClaimedBy, instance.Id).SetProperty(t => t.ClaimedUntil, until), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    /// <summary>Extends this instance's leases on <paramref name="ids"/> (those still its own).</summary>
    public async Task RenewAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow() + Lease;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Trunks.Where(t => ids.Contains(t.Id) && t.ClaimedBy == instance.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ClaimedUntil, until), cancellationToken);
    }

    /// <summary>Gives up this instance's claims on <paramref name="ids"/> (those it still holds).</summary>
    public async Task ReleaseAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ClearAsync(db.Trunks.Where(t => ids.Contains(t.Id) && t.ClaimedBy == instance.Id), cancellationToken);
    }

    /// <summary>Gives up every claim of this instance (it stops).</summary>
    public async Task ReleaseAllAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ClearAsync(db.Trunks.Where(t => t.ClaimedBy == instance.Id), cancellationToken);
    }

    /// <summary>
    /// SQLite at start: one process per database file is the supported shape, so every claim left is a dead process's,
    /// and waiting for its lease would only delay what a restart has always completed at once.
    /// </summary>
    public async Task ReleaseLeftoversAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await ClearAsync(db.Trunks.Where(t => t.ClaimedBy != null), cancellationToken);
        }
    }

    /// <summary>
    /// Saves <paramref name="db"/>'s changes to a claimed trunk and releases the claim, in one transaction and only if
    /// the claim is still this instance's (another may have taken it over after the lease expired); false when it is
    /// not. A concurrent change to the trunk throws <see cref="DbUpdateConcurrencyException"/> (its Version token) and
    /// leaves the claim in place.
    /// </summary>
    public async Task<bool> SaveAndReleaseAsync(AppDbContext db, Guid id, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // First statement: on PostgreSQL it locks the row, so nobody can take the claim over until this commits.
        var held = await ClearAsync(db.Trunks.Where(t => t.Id == id && t.ClaimedBy == instance.Id), cancellationToken);
        if (held == 0)
        {
            return false;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// When this instance's next pass may find work: the earliest due time among trunks nobody holds, or the earliest
    /// lease of another instance that is due (it may expire and be taken over).
    /// </summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var free = db.Trunks.Where(t => t.ClaimedUntil == null || t.ClaimedUntil < now);
        var nextAction = await free.Where(t => t.ActionDueAt != null).MinAsync(t => t.ActionDueAt, cancellationToken);
        var nextSync = await free.Where(t => t.EdgeSyncDueAt != null).MinAsync(t => t.EdgeSyncDueAt, cancellationToken);
        var nextLease = await db.Trunks
            .Where(t => t.ClaimedUntil >= now && (t.ActionDueAt != null || t.EdgeSyncDueAt != null))
            .MinAsync(t => t.ClaimedUntil, cancellationToken);
        return new[] { nextAction, nextSync, nextLease }.Min();
    }

    private static Task<int> ClearAsync(IQueryable<TrunkEntity> trunks, CancellationToken cancellationToken) =>
        trunks.ExecuteUpdateAsync(
            s => s.SetProperty(t => t.ClaimedBy, (string?)null).SetProperty(t => t.ClaimedUntil, (DateTimeOffset?)null),
            cancellationToken);
}
