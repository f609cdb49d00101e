using Microsoft.EntityFrameworkCore;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Trunks;

namespace TrunkPortal.Accounts;

/// <summary>Reads an account's settings; support staff, and only they, change its plans and limits (R2, B1, L1-L5), audited.</summary>
public sealed class AccountSettingsService(
    IDbContextFactory<AppDbContext> dbFactory,
    PortalCatalog catalog,
    LegacyAddressingPolicy legacyPolicy,
    AuditLog audit)
{
    public async Task<AccountSettings?> GetAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return null;
        }
        var trunks = await db.Trunks.AsNoTracking().Where(t => t.AccountId == accountId)
            .Select(t => new { t.Location, t.CreatedAt, t.DeletedAt }).ToListAsync(cancellationToken);
        var o = account.LimitOverrides;
        return new AccountSettings(
            account.Id,
            account.Name,
            account.MeteredActive,
            account.UnlimitedActive,
            catalog.DefaultLimits,
            new LimitOverrides(o.TrunksPerAccount, o.TrunksPerDataCenter, o.SourceHostsPerTrunk, o.DestinationHostsPerTrunk, o.DataCentersPerAccount),
            o.ApplyTo(catalog.DefaultLimits),
            legacyPolicy.IsLegacy(trunks.Select(t => new TrunkLifetime(t.CreatedAt, t.DeletedAt))),
            trunks.Count(t => t.DeletedAt == null),
            [.. trunks.Where(t => t.DeletedAt == null).Select(t => t.Location).Distinct().Order()]);
    }

    /// <summary>The first accounts by name (the console searches trunks for the rest).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> ListAccountsAsync(int max = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().OrderBy(a => a.Name).Take(max).Select(a => new { a.Id, a.Name }).ToListAsync(cancellationToken);
        return [.. accounts.Select(a => (a.Id, a.Name))];
    }

    public async Task<OperationResult<bool>> SetPlansAsync(Actor actor, Guid accountId, bool metered, bool unlimited, CancellationToken cancellationToken = default)
    {
        if (!actor.IsSupport)
        {
            return SupportOnly("plans");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return OperationResult<bool>.NotFound();
        }
        var changes = new List<FieldChange>();
        if (account.MeteredActive != metered)
        {
            changes.Add(new("MeteredActive", account.MeteredActive.ToString(), metered.ToString()));
        }
        if (account.UnlimitedActive != unlimited)
        {
            changes.Add(new("UnlimitedActive", account.UnlimitedActive.ToString(), unlimited.ToString()));
        }
        account.MeteredActive = metered;
        account.UnlimitedActive = unlimited;
        if (changes.Count > 0)
        {
            audit.Record(db, actor, accountId, AuditActions.AccountPlans, changes);
            await db.SaveChangesAsync(cancellationToken);
        }
        return OperationResult<bool>.Success(true);
    }

    public async Task<OperationResult<bool>> SetLimitsAsync(Actor actor, Guid accountId, LimitOverrides overrides, CancellationToken cancellationToken = default)
    {
        if (!actor.IsSupport)
        {
            return SupportOnly("limits");
        }
        var errors = Validate(overrides);
        if (errors.Count > 0)
        {
            return OperationResult<bool>.Invalid(errors);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.Id == accountId, cancellationToken);
        if (account is null)
        {
            return OperationResult<bool>.NotFound();
        }
        var o = account.LimitOverrides;
        var changes = new List<FieldChange>();
        Set(nameof(o.TrunksPerAccount), o.TrunksPerAccount, overrides.TrunksPerAccount, v => o.TrunksPerAccount = v);
        Set(nameof(o.TrunksPerDataCenter), o.TrunksPerDataCenter, overrides.TrunksPerDataCenter, v => o.TrunksPerDataCenter = v);
        Set(nameof(o.SourceHostsPerTrunk), o.SourceHostsPerTrunk, overrides.SourceHostsPerTrunk, v => o.SourceHostsPerTrunk = v);
        Set(nameof(o.DestinationHostsPerTrunk), o.DestinationHostsPerTrunk, overrides.DestinationHostsPerTrunk, v => o.DestinationHostsPerTrunk = v);
        Set(nameof(o.DataCentersPerAccount), o.DataCentersPerAccount, overrides.DataCentersPerAccount, v => o.DataCentersPerAccount = v);
        if (changes.Count > 0)
        {
            audit.Record(db, actor, accountId, AuditActions.AccountLimits, changes);
            await db.SaveChangesAsync(cancellationToken);
        }
        return OperationResult<bool>.Success(true);

        void Set(string name, int? old, int? value, Action<int?> assign)
        {
            if (old != value)
            {
                changes.Add(new(name, old?.ToString() ?? "default", value?.ToString() ?? "default"));
                assign(value);
            }
        }
    }

    private static List<FieldError> Validate(LimitOverrides o)
    {
        var errors = new List<FieldError>();
        Check(nameof(o.TrunksPerAccount), o.TrunksPerAccount, 1000);
        Check(nameof(o.TrunksPerDataCenter), o.TrunksPerDataCenter, 1000);
        Check(nameof(o.SourceHostsPerTrunk), o.SourceHostsPerTrunk, 100);
        Check(nameof(o.DestinationHostsPerTrunk), o.DestinationHostsPerTrunk, 100);
        Check(nameof(o.DataCentersPerAccount), o.DataCentersPerAccount, 100);
        return errors;

        void Check(string name, int? value, int max)
        {
            if (value is < 1 || value > max)
            {
                errors.Add(new(name, $"{name} must be a whole number from 1 to {max}, or empty for the default; {value} is not."));
            }
        }
    }

    /// <summary>R2: an account admin sees the plans and limits of their account but asks Support to change them.</summary>
    private static OperationResult<bool> SupportOnly(string what) =>
        OperationResult<bool>.Refused("R2", $"Only support staff change an account's {what}; ask your account manager or Support.");
}
