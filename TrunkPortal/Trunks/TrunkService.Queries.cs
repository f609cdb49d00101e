using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;

namespace TrunkPortal.Trunks;

/// <summary>
/// The hot reads (an API key's trunk page and one trunk) as compiled queries: EF Core skips building and looking
/// up the query for every call, which is most of a 20-row read's cost under load (benchmark 1, bench/README.md).
/// </summary>
internal sealed partial class TrunkService
{
    private static readonly Func<AppDbContext, Guid, Task<int>> _countLive = EF.CompileAsyncQuery(
        (AppDbContext db, Guid accountId) => db.Trunks.Count(t => t.AccountId == accountId && t.DeletedAt == null));

    private static readonly Func<AppDbContext, Guid, int, int, IAsyncEnumerable<TrunkEntity>> _livePage = EF.CompileAsyncQuery(
        (AppDbContext db, Guid accountId, int skip, int take) => db.Trunks.AsNoTracking()
            .Where(t => t.AccountId == accountId && t.DeletedAt == null)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip(skip).Take(take));

    private static readonly Func<AppDbContext, Guid, Guid, Task<TrunkEntity?>> _liveTrunk = EF.CompileAsyncQuery(
        (AppDbContext db, Guid accountId, Guid trunkId) => db.Trunks.AsNoTracking()
            .FirstOrDefault(t => t.Id == trunkId && t.AccountId == accountId && t.DeletedAt == null));

    private static async Task<(List<TrunkEntity> Items, int Total)> LivePageAsync(AppDbContext db, Guid accountId, int page, int size, CancellationToken cancellationToken)
    {
        // One connection for both statements: each open and close goes through Microsoft.Data.Sqlite's pool lock
        // (and EF's PRAGMA foreign_keys), which is where 64 concurrent callers queue.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var total = await _countLive(db, accountId);
        var items = new List<TrunkEntity>(size);
        if (total > page * size)
        {
            await foreach (var trunk in _livePage(db, accountId, page * size, size).WithCancellation(cancellationToken))
            {
                items.Add(trunk);
            }
        }
        return (items, total);
    }
}
