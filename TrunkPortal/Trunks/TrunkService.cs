using Microsoft.EntityFrameworkCore;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Credentials;
using TrunkPortal.Domain.Status;
using TrunkPortal.Edge;

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
    ISipEdgeProvisioning edgeProvisioning,
    AccountTrunkCache cache,
    ProvisioningSignal provisioning,
    TimeProvider time) : ITrunkService
{
    /// <summary>Records a pending action for the provisioner: due after the edge's delay, timed out from now (E2).</summary>
    private void BeginAction(TrunkEntity trunk, DateTimeOffset now)
    {
        trunk.ActionDueAt = now + edgeProvisioning.ActionDelay;
        trunk.ActionStartedAt = now;
        trunk.EdgeAttempts = 0;
    }

    public async Task<TrunkPage> ListAsync(Guid accountId, string? nameFilter, int page, int size, CancellationToken cancellationToken = default)
    {
        var snapshot = await cache.GetAsync(dbFactory, accountId, cancellationToken);
        // Case-insensitive like the names' uniqueness (F3) and the support search: "berlin" finds "Berlin office".
        var matching = string.IsNullOrWhiteSpace(nameFilter)
            ? snapshot.InOrder
            : [.. snapshot.InOrder.Where(t => t.Name.Contains(nameFilter.Trim(), StringComparison.OrdinalIgnoreCase))];
        var items = matching.Skip(PageWindow.Of(page, size).Skip).Take(size).Select(t => ToView(t, snapshot.SettingsOf(t))).ToList();
        return new TrunkPage(items, page, size, size == 0 ? 0 : (int)Math.Ceiling(matching.Count / (double)size), matching.Count);
    }

    public async Task<TrunkView?> GetAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default)
    {
        var snapshot = await cache.GetAsync(dbFactory, accountId, cancellationToken);
        return snapshot.Find(trunkId) is { } trunk ? ToView(trunk, snapshot.SettingsOf(trunk)) : null;
    }

    public async Task<OperationResult<TrunkStatusView>> GetStatusAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default) =>
        (await cache.GetAsync(dbFactory, accountId, cancellationToken)).Find(trunkId) is { } trunk
            ? OperationResult<TrunkStatusView>.Success(trunk.ToStatusView(edge))
            : OperationResult<TrunkStatusView>.NotFound();

    private static Task<TrunkEntity?> FindAsync(IQueryable<TrunkEntity> trunks, Guid accountId, Guid trunkId, CancellationToken cancellationToken) =>
        trunks.FirstOrDefaultAsync(t => t.Id == trunkId && t.AccountId == accountId && t.DeletedAt == null, cancellationToken);

    private TrunkView ToView(TrunkEntity t) => ToView(t, t.ToSettings());

    private TrunkView ToView(TrunkEntity t, Domain.Trunks.TrunkSettings settings) => new()
    {
        Id = t.Id,
        AccountId = t.AccountId,
        Settings = settings,
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

    /// <summary>
    /// SaveChanges for a write that claims source hosts (S6); false when another writer claimed one of them since
    /// this one checked (the claims' key refused the row), so nothing was saved.
    /// </summary>
    private static async Task<bool> SaveClaimingSourcesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (PortalDatabase.IsUniqueKeyRefusal<SourceHostClaim>(db, ex))
        {
            return false;
        }
    }

    private static OperationResult<T> SourceHostTaken<T>(Domain.Trunks.TrunkRequest settings) => OperationResult<T>.Refused(
        Domain.Hosts.SourceOverlap.RuleId,
        $"Another trunk in {settings.Location} has just taken one of these source hosts ({string.Join(", ", settings.SourceHosts ?? [])}): "
        + "the platform could not tell the two trunks' calls apart. Check the list and try again.");

    private void Published(TrunkEntity trunk, bool removed = false)
    {
        feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), removed));
        provisioning.Notify();
    }
}
