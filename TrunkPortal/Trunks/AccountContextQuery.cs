using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;

namespace TrunkPortal.Trunks;

/// <summary>The account's rule context for pages that check rules step by step (the wizard), one read per call.</summary>
public sealed class AccountContextQuery(IDbContextFactory<AppDbContext> dbFactory, AccountContextReader reader)
{
    public async Task<AccountContext?> GetAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await reader.ReadAsync(db, accountId, cancellationToken);
    }
}
