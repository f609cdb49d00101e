using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Credentials;
using TrunkPortal.Domain.Status;

namespace TrunkPortal.Trunks;

/// <summary>
/// The one implementation of every trunk operation (wizard, trunk page, support console and REST API).
/// Each write runs in one transaction that first takes the account's write lock, so limits hold under
/// concurrency (L6) on SQLite and PostgreSQL alike.
/// </summary>
internal sealed partial class TrunkService(
    IDbContextFactory<AppDbContext> dbFactory,
    AccountContextReader accounts,
    TrunkRequestValidation validation,
    SbcAllocator sbcAllocator,
    CredentialIssuer credentials,
    AuditLog audit,
    ITrunkStatusFeed feed,
    ISipEdge edge,
    ProvisioningSignal provisioning,
    IOptions<ProvisioningOptions> provisioningOptions,
    TimeProvider time) : ITrunkService
{
    private TimeSpan ProvisioningDelay => TimeSpan.FromMilliseconds(Math.Max(0, provisioningOptions.Value.DelayMs));

    public async Task<TrunkPage> ListAsync(Guid accountId, string? nameFilter, int page, int size, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        List<TrunkEntity> items;
        int total;
        if (string.IsNullOrWhiteSpace(nameFilter))
        {
            (items, total) = await LivePageAsync(db, accountId, page, size, cancellationToken);
        }
        else
        {
            var filter = nameFilter.Trim();
            var query = db.Trunks.AsNoTracking().Where(t => t.AccountId == accountId && t.DeletedAt == null && t.Name.Contains(filter));
            total = await query.CountAsync(cancellationToken);
            items = await query.OrderBy(t => t.CreatedAt).ThenBy(t => t.Id)
                .Skip(page * size).Take(size).ToListAsync(cancellationToken);
        }
        return new TrunkPage([.. items.Select(ToView)], page, size, size == 0 ? 0 : (int)Math.Ceiling(total / (double)size), total);
    }

    public async Task<TrunkView?> GetAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trunk = await _liveTrunk(db, accountId, trunkId);
        return trunk is null ? null : ToView(trunk);
    }

    public async Task<OperationResult<TrunkStatusView>> GetStatusAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trunk = await FindAsync(db.Trunks.AsNoTracking(), accountId, trunkId, cancellationToken);
        return trunk is null ? OperationResult<TrunkStatusView>.NotFound() : OperationResult<TrunkStatusView>.Success(trunk.ToStatusView(edge));
    }

    private static Task<TrunkEntity?> FindAsync(IQueryable<TrunkEntity> trunks, Guid accountId, Guid trunkId, CancellationToken cancellationToken) =>
        trunks.FirstOrDefaultAsync(t => t.Id == trunkId && t.AccountId == accountId && t.DeletedAt == null, cancellationToken);

    private TrunkView ToView(TrunkEntity t) => new()
    {
        Id = t.Id,
        AccountId = t.AccountId,
        Settings = t.ToSettings(),
        Sbc = t.ToSbcView(),
        Status = t.ToStatusView(edge),
        Username = t.Username,
        InboundDigestUsername = t.InboundDigestUsername,
        OutboundDigestUsername = t.OutboundDigestUsername,
        CreatedAt = t.CreatedAt,
        UpdatedAt = t.UpdatedAt,
        CredentialsResetAt = t.CredentialsResetAt,
        CredentialsResetBy = t.CredentialsResetBy,
    };

    /// <summary>
    /// Starts a write transaction by touching the account row: the first statement takes the write lock,
    /// so concurrent writers for the same account queue here instead of reading a count that is about to
    /// change. Returns false when the account does not exist.
    /// </summary>
    private static async Task<bool> LockAccountAsync(AppDbContext db, Guid accountId, CancellationToken cancellationToken) =>
        await db.Accounts.Where(a => a.Id == accountId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Revision, a => a.Revision + 1), cancellationToken) == 1;

    private static OperationResult<T> Refused<T>(DomainException ex) => OperationResult<T>.Refused(ex.Code, ex.Message);

    private void Published(TrunkEntity trunk, bool removed = false)
    {
        feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), removed));
        provisioning.Notify();
    }
}
