using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;

namespace TrunkPortal.Support;

/// <summary>
/// Finds any live trunk of any account by name prefix, id, registration username, FQDN or account name.
/// Every branch is its own indexed lookup (one OR across them makes SQLite scan the whole table), the name
/// prefix walks the case-insensitive name index in order, and the page is cut in the database, so the cost of
/// a first page stays flat as accounts and trunks grow (benchmark 4, bench/README.md).
/// </summary>
public sealed class SupportSearch(IDbContextFactory<AppDbContext> dbFactory)
{
    private const string NoCase = "NOCASE";

    public async Task<(IReadOnlyList<SupportSearchResult> Items, int Total)> SearchAsync(string? term, int page, int size, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var live = db.Trunks.AsNoTracking().Where(t => t.DeletedAt == null);
        term = term?.Trim();
        if (string.IsNullOrEmpty(term))
        {
            return (await PageAsync(db, live, page, size, cancellationToken), await live.CountAsync(cancellationToken));
        }
        if (Guid.TryParse(term, out var id))
        {
            var byId = live.Where(t => t.Id == id || t.AccountId == id);
            return (await PageAsync(db, byId, page, size, cancellationToken), await byId.CountAsync(cancellationToken));
        }

        // Exact matches (username, FQDN, account name) are few: at most an account's trunks. The prefix matches
        // can be many, so only as many as the requested page needs are read, in index order.
        var lower = term.ToLowerInvariant();
        var pattern = EscapeLike(term) + "%";
        var accountIds = await db.Accounts.Where(a => a.Name == term || a.Name == lower).Select(a => a.Id).ToListAsync(cancellationToken);
        var exact = await live
            .Where(t => t.Username == term || t.SbcFqdn == lower || accountIds.Contains(t.AccountId))
            .Select(t => new { t.Id, MatchesPrefix = EF.Functions.Like(t.Name, pattern, "\\") })
            .ToListAsync(cancellationToken);
        var byPrefix = live.Where(t => EF.Functions.Like(t.Name, pattern, "\\"));
        var prefixTotal = await byPrefix.CountAsync(cancellationToken);
        var prefixIds = await byPrefix
            .OrderBy(t => EF.Functions.Collate(t.Name, NoCase)).ThenBy(t => t.Id)
            .Select(t => t.Id)
            .Take(PageWindow.Of(page, size).End)
            .ToListAsync(cancellationToken);

        var candidates = prefixIds.Concat(exact.Select(e => e.Id)).Distinct().ToList();
        var items = await PageAsync(db, live.Where(t => candidates.Contains(t.Id)), page, size, cancellationToken);
        return (items, prefixTotal + exact.Count(e => !e.MatchesPrefix));
    }

    private static Task<List<SupportSearchResult>> PageAsync(AppDbContext db, IQueryable<TrunkEntity> trunks, int page, int size, CancellationToken cancellationToken) =>
        trunks
            .OrderBy(t => EF.Functions.Collate(t.Name, NoCase)).ThenBy(t => t.Id)
            .Skip(PageWindow.Of(page, size).Skip).Take(size)
            .Join(db.Accounts, t => t.AccountId, a => a.Id, (t, a) => new SupportSearchResult(
                t.Id, t.Name, t.Type, t.Provider, t.Location, a.Id, a.Name, t.Username, t.SbcFqdn, t.AdminStatus, t.ActionStatus))
            .ToListAsync(cancellationToken);

    /// <summary>A typed '%' or '_' is a character to find, not a wildcard.</summary>
    private static string EscapeLike(string term) => term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
