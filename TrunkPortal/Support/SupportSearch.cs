using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Support;

/// <summary>
/// Finds any live trunk of any account by name prefix, id, registration username, FQDN or account name.
/// Every branch is its own indexed lookup (one OR across them makes SQLite scan the whole table), the name
/// prefix is a range of the name key (<see cref="TrunkNames.Key"/>: F3's ignoring of case, byte order on both
/// providers) read in (key, id) index order, and the page is cut in the database, so the cost of a first page stays
/// flat as accounts and trunks grow (benchmark 4, bench/README.md).
/// </summary>
public sealed class SupportSearch(IDbContextFactory<AppDbContext> dbFactory)
{
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
        var accountIds = await db.Accounts.Where(a => a.Name == term || a.Name == lower).Select(a => a.Id).ToListAsync(cancellationToken);
        var matchesPrefix = NamePrefix(term);
        var exact = await live
            .Where(t => t.Username == term || t.SbcFqdn == lower || accountIds.Contains(t.AccountId))
            .Select(t => new { t.Id, t.NameKey })
            .ToListAsync(cancellationToken);
        var byPrefix = live.Where(matchesPrefix);
        var prefixTotal = await byPrefix.CountAsync(cancellationToken);
        var prefixIds = await byPrefix
            .OrderBy(t => t.NameKey).ThenBy(t => t.Id)
            .Select(t => t.Id)
            .Take(PageWindow.Of(page, size).End)
            .ToListAsync(cancellationToken);

        var candidates = prefixIds.Concat(exact.Select(e => e.Id)).Distinct().ToList();
        var items = await PageAsync(db, live.Where(t => candidates.Contains(t.Id)), page, size, cancellationToken);
        var key = TrunkNames.Key(term);
        return (items, prefixTotal + exact.Count(e => e.NameKey is null || !e.NameKey.StartsWith(key, StringComparison.Ordinal)));
    }

    /// <summary>
    /// Names that start with the term, ignoring case as F3 does: a range of the key, which both providers compare
    /// byte by byte (an index range scan on both), or a pattern on the key in the rare case no range exists.
    /// </summary>
    private static Expression<Func<TrunkEntity, bool>> NamePrefix(string term)
    {
        if (TrunkNames.PrefixRange(term) is { } range)
        {
            var (low, high) = range;
            return t => string.Compare(t.NameKey, low) >= 0 && string.Compare(t.NameKey, high) < 0;
        }
        var pattern = EscapeLike(TrunkNames.Key(term)) + "%";
        return t => EF.Functions.Like(t.NameKey, pattern, "\\");
    }

    private static Task<List<SupportSearchResult>> PageAsync(AppDbContext db, IQueryable<TrunkEntity> trunks, int page, int size, CancellationToken cancellationToken) =>
        trunks
            .OrderBy(t => t.NameKey).ThenBy(t => t.Id)
            .Skip(PageWindow.Of(page, size).Skip).Take(size)
            .Join(db.Accounts, t => t.AccountId, a => a.Id, (t, a) => new SupportSearchResult(
                t.Id, t.Name, t.Type, t.Provider, t.Location, a.Id, a.Name, t.Username, t.SbcFqdn, t.AdminStatus, t.ActionStatus))
            .ToListAsync(cancellationToken);

    /// <summary>A typed '%' or '_' is a character to find, not a wildcard.</summary>
    private static string EscapeLike(string term) => term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
