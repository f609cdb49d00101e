using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>Reads an account's <see cref="AccountContext"/> inside the caller's context (and transaction).</summary>
public sealed class AccountContextReader(PortalCatalog catalog, LegacyAddressingPolicy legacyPolicy)
{
    public async Task<AccountContext?> ReadAsync(AppDbContext db, Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var trunks = await db.Trunks.AsNoTracking()
            .Where(t => t.AccountId == accountId)
            .Select(t => new { t.Id, t.Name, t.Location, t.CreatedAt, t.DeletedAt })
            .ToListAsync(cancellationToken);
        var addressIds = await db.ServiceAddresses.AsNoTracking()
            .Where(a => a.AccountId == accountId)
            .Select(a => a.Id.ToString())
            .ToListAsync(cancellationToken);
        var history = trunks.Select(t => new TrunkLifetime(t.CreatedAt, t.DeletedAt)).ToList();

        var plans = new HashSet<BillingPackageType>();
        if (account.MeteredActive)
        {
            plans.Add(BillingPackageType.Metered);
        }
        if (account.UnlimitedActive)
        {
            plans.Add(BillingPackageType.Unlimited);
        }
        return new AccountContext(
            account.Id,
            account.Name,
            plans,
            account.LimitOverrides.ApplyTo(catalog.DefaultLimits),
            [.. trunks.Where(t => t.DeletedAt == null).Select(t => new LiveTrunk(t.Id, t.Name, t.Location))],
            history,
            addressIds.ToHashSet(StringComparer.OrdinalIgnoreCase),
            legacyPolicy.IsLegacy(history));
    }
}
