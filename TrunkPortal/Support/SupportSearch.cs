using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;

namespace TrunkPortal.Support;

/// <summary>
/// Finds any live trunk of any account by name prefix, id, registration username, FQDN or account name.
/// Every branch is an indexed lookup and the page is cut in the database, so the cost stays flat as
/// accounts and trunks grow.
/// </summary>
public sealed class SupportSearch(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<(IReadOnlyList<SupportSearchResult> Items, int Total)> SearchAsync(string? term, int page, int size, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trunks = db.Trunks.AsNoTracking().Where(t => t.DeletedAt == null);
        term = term?.Trim();
        if (!string.IsNullOrEmpty(term))
        {
            if (Guid.TryParse(term, out var id))
            {
                trunks = trunks.Where(t => t.Id == id || t.AccountId == id);
            }
            else
            {
                var lower = term.ToLowerInvariant();
                var accountIds = db.Accounts.Where(a => a.Name == term || a.Name == lower).Select(a => a.Id);
                trunks = trunks.Where(t =>
                    t.Name.StartsWith(term)
                    || t.Username == term
                    || t.SbcFqdn == lower
                    || accountIds.Contains(t.AccountId));
            }
        }

        var total = await trunks.CountAsync(cancellationToken);
        var items = await trunks
            .OrderBy(t => t.Name).ThenBy(t => t.Id)
            .Skip(page * size).Take(size)
            .Join(db.Accounts, t => t.AccountId, a => a.Id, (t, a) => new SupportSearchResult(
                t.Id, t.Name, t.Type, t.Provider, t.Location, a.Id, a.Name, t.Username, t.SbcFqdn, t.AdminStatus, t.ActionStatus))
            .ToListAsync(cancellationToken);
        return (items, total);
    }
}
