using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.Trunks;

namespace TrunkPortal.ServiceAddresses;

/// <summary>
/// Service addresses of one account, for the page, the wizard and the API alike. Every method is scoped by
/// the account id: another account's address answers "not found" (R1). Bad input comes back as validation
/// results, never as an exception.
/// </summary>
public sealed class ServiceAddressService(
    IDbContextFactory<AppDbContext> dbFactory,
    IValidator<ServiceAddressRequest> validator,
    ICountryCatalog catalog,
    AuditLog audit,
    TimeProvider clock)
{
    public const int MaxPageSize = 100;

    /// <summary>By name (then id, so pages are stable; SQLite cannot order by DateTimeOffset). Page is zero-based; out-of-range paging is clamped to page 0 and size 1..100 as the API allows.</summary>
    public async Task<ServiceAddressPage> ListAsync(Guid accountId, int page = 0, int size = 20, CancellationToken cancellationToken = default)
    {
        page = Math.Max(page, 0);
        size = Math.Clamp(size, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var owned = db.ServiceAddresses.AsNoTracking().Where(a => a.AccountId == accountId);
        var total = await owned.CountAsync(cancellationToken);
        var rows = await owned
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Skip(PageWindow.Of(page, size).Skip).Take(size)
            .ToListAsync(cancellationToken);
        var totalPages = (int)Math.Ceiling(total / (double)size);
        return new ServiceAddressPage([.. rows.Select(ToModel)], page, size, totalPages, total);
    }

    /// <summary>R1: null when the id does not exist or belongs to another account.</summary>
    public async Task<ServiceAddress?> GetAsync(Guid accountId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ServiceAddresses.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == id && a.AccountId == accountId, cancellationToken);
        return row is null ? null : ToModel(row);
    }

    public async Task<ServiceAddressResult> CreateAsync(Actor actor, Guid accountId, ServiceAddressRequest request, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return ServiceAddressResult.Invalid(validation);
        }

        var row = new ServiceAddressEntity { Id = Guid.NewGuid(), AccountId = accountId, CreatedAt = clock.GetUtcNow() };
        Apply(request, row);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.ServiceAddresses.Add(row);
        audit.Record(db, actor, accountId, AuditActions.ServiceAddressCreate, Changes(null, row));
        await db.SaveChangesAsync(cancellationToken);
        return ServiceAddressResult.Saved(ToModel(row));
    }

    /// <summary>Full replace, as the API's PUT. R1: another account's id is "not found".</summary>
    public async Task<ServiceAddressResult> UpdateAsync(
        Actor actor, Guid accountId, Guid id, ServiceAddressRequest request, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ServiceAddresses.SingleOrDefaultAsync(a => a.Id == id && a.AccountId == accountId, cancellationToken);
        if (row is null)
        {
            return ServiceAddressResult.NotFound();
        }

        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return ServiceAddressResult.Invalid(validation);
        }

        var before = Snapshot(row);
        Apply(request, row);
        audit.Record(db, actor, accountId, AuditActions.ServiceAddressUpdate, Changes(before, row));
        await db.SaveChangesAsync(cancellationToken);
        return ServiceAddressResult.Saved(ToModel(row));
    }

    /// <summary>
    /// Returns the deleted address (as the API does), not found (R1), or a refusal while a live trunk's
    /// billing package still names the address: U1 needs it for as long as that trunk exists.
    /// </summary>
    public async Task<ServiceAddressResult> DeleteAsync(Actor actor, Guid accountId, Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.ServiceAddresses.SingleOrDefaultAsync(a => a.Id == id && a.AccountId == accountId, cancellationToken);
        if (row is null)
        {
            return ServiceAddressResult.NotFound();
        }

        var key = id.ToString();
        var users = await db.Trunks.Where(t => t.AccountId == accountId && t.DeletedAt == null && t.ServiceAddressId == key)
            .Select(t => t.Name).ToListAsync(cancellationToken);
        if (users.Count > 0)
        {
            return ServiceAddressResult.Invalid(new ValidationResult([new ValidationFailure("Id",
                $"This service address is still used by {string.Join(", ", users.Select(n => $"\"{n}\""))}; delete those trunks first, then the address.")]));
        }

        db.ServiceAddresses.Remove(row);
        audit.Record(db, actor, accountId, AuditActions.ServiceAddressDelete, Changes(Snapshot(row), null));
        await db.SaveChangesAsync(cancellationToken);
        return ServiceAddressResult.Saved(ToModel(row));
    }

    private static Dictionary<string, string?> Snapshot(ServiceAddressEntity row) => new()
    {
        ["Name"] = row.Name,
        ["Street"] = row.Street,
        ["City"] = row.City,
        ["PostCode"] = row.PostCode,
        ["Suite"] = row.Suite,
        ["CountryCode"] = row.CountryCode,
        ["CountryRegionCode"] = row.CountryRegionCode,
    };

    private static List<FieldChange> Changes(Dictionary<string, string?>? before, ServiceAddressEntity? after)
    {
        var now = after is null ? null : Snapshot(after);
        var fields = (before ?? now)!.Keys;
        return [.. fields
            .Where(f => before?.GetValueOrDefault(f) != now?.GetValueOrDefault(f))
            .Select(f => new FieldChange(f, before?.GetValueOrDefault(f), now?.GetValueOrDefault(f)))];
    }

    private static void Apply(ServiceAddressRequest request, ServiceAddressEntity row)
    {
        row.Name = request.Name!.Trim();
        row.Street = request.Street!.Trim();
        row.City = request.City!.Trim();
        row.PostCode = request.PostCode!.Trim();
        row.Suite = string.IsNullOrWhiteSpace(request.Suite) ? null : request.Suite.Trim();
        row.CountryCode = request.CountryCode!;
        row.CountryRegionCode = string.IsNullOrWhiteSpace(request.CountryRegionCode) ? null : request.CountryRegionCode;
    }

    private ServiceAddress ToModel(ServiceAddressEntity row)
    {
        // A code that left the ISO data after an upgrade still reads back, named by its code.
        var country = catalog.FindCountry(row.CountryCode) ?? new Country(row.CountryCode, row.CountryCode);
        var region = row.CountryRegionCode is null
            ? null
            : catalog.RegionsOf(row.CountryCode).FirstOrDefault(r => r.Code == row.CountryRegionCode)
              ?? new CountryRegion(row.CountryRegionCode, row.CountryRegionCode, row.CountryCode);
        return new ServiceAddress(row.Id, row.Name, row.Street, row.City, row.PostCode, row.Suite, country, region, row.CreatedAt);
    }
}
