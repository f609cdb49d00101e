using Microsoft.EntityFrameworkCore;
using TrunkPortal.Auditing;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Data;

/// <summary>
/// Fills the keys a SQLite database from before them lacks (migration TrunkNameKeys): each trunk's NameKey and each
/// audit entry's ActorKey, in C# because SQLite's upper() folds ASCII only. Runs at every start after the migrations;
/// once everything is filled it is one query per table. A live trunk whose key another live trunk of its account
/// already has (two names F3 now calls the same, created before F3 ignored case) keeps a null key, and the older trunk
/// keeps the key; each such trunk is logged, so support can rename it.
/// </summary>
public static class NameKeyBackfill
{
    public const int BatchSize = 500;

    public static async Task RunAsync(IDbContextFactory<AppDbContext> dbFactory, ILogger logger, CancellationToken cancellationToken = default)
    {
        await FillTrunksAsync(dbFactory, logger, cancellationToken);
        await FillActorsAsync(dbFactory, cancellationToken);
    }

    private static async Task FillTrunksAsync(IDbContextFactory<AppDbContext> dbFactory, ILogger logger, CancellationToken cancellationToken)
    {
        // The trunks left null stay first in this order, so skipping them reads the next batch.
        var leftNull = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var batch = await db.Trunks.Where(t => t.NameKey == null)
                .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .Skip(leftNull).Take(BatchSize)
                .Select(t => new { t.Id, t.AccountId, t.Name, IsLive = t.DeletedAt == null })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }
            var keys = batch.Select(t => TrunkNames.Key(t.Name)).Distinct().ToList();
            var accountIds = batch.Select(t => t.AccountId).Distinct().ToList();
            var taken = (await db.Trunks
                    .Where(t => t.DeletedAt == null && keys.Contains(t.NameKey!) && accountIds.Contains(t.AccountId))
                    .Select(t => new { t.AccountId, t.NameKey })
                    .ToListAsync(cancellationToken))
                .Select(t => (t.AccountId, t.NameKey!))
                .ToHashSet();

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var trunk in batch)
            {
                var key = TrunkNames.Key(trunk.Name);
                if (trunk.IsLive && !taken.Add((trunk.AccountId, key)))
                {
                    logger.LogWarning(
                        "Trunk {TrunkId} of account {AccountId} keeps no name key: another live trunk of the account has the same name ignoring case ({Name}). Rename one of them.",
                        trunk.Id, trunk.AccountId, trunk.Name);
                    leftNull++;
                    continue;
                }
                await db.Trunks.Where(t => t.Id == trunk.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.NameKey, key), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Audit entries are many and their actors few: one update per actor name.</summary>
    private static async Task FillActorsAsync(IDbContextFactory<AppDbContext> dbFactory, CancellationToken cancellationToken)
    {
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var names = await db.AuditEntries.Where(e => e.ActorKey == null)
                .Select(e => e.ActorName).Distinct().Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (names.Count == 0)
            {
                return;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var name in names)
            {
                var key = TrunkNames.Key(name);
                await db.AuditEntries.Where(e => e.ActorKey == null && e.ActorName == name)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.ActorKey, key), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }
}
