using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TrunkPortal.Data;

namespace TrunkPortal.Trunks;

/// <summary>
/// Rule S6, whoever writes a trunk (a create, an edit, a RESET restoring settings, a completed delete): its source
/// host claims are made equal to <see cref="SourceHostClaims.DesiredFor"/> in the same SaveChanges, so they are
/// committed with the change or not at all. The claims' key then refuses a host two trunks would share, even when
/// two portals write at once; the services check first to say which trunk holds it.
/// </summary>
internal sealed class SourceHostClaimInterceptor : SaveChangesInterceptor
{
    private static readonly string[] _claimProperties =
        [nameof(TrunkEntity.SourceHosts), nameof(TrunkEntity.PreviousSettingsJson), nameof(TrunkEntity.DeletedAt)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db && Changed(db) is { Count: > 0 } trunks)
        {
            var ids = ModifiedIds(db, trunks);
            Apply(db, trunks, ids.Count == 0 ? [] : [.. db.SourceHostClaims.Where(c => ids.Contains(c.TrunkId))]);
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && Changed(db) is { Count: > 0 } trunks)
        {
            var ids = ModifiedIds(db, trunks);
            Apply(db, trunks, ids.Count == 0 ? [] : await db.SourceHostClaims.Where(c => ids.Contains(c.TrunkId)).ToListAsync(cancellationToken));
        }
        return result;
    }

    private static List<TrunkEntity> Changed(AppDbContext db) =>
        [.. db.ChangeTracker.Entries<TrunkEntity>()
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && _claimProperties.Any(p => e.Property(p).IsModified)))
            .Select(e => e.Entity)];

    /// <summary>A trunk being added holds nothing yet: only modified ones are read.</summary>
    private static List<Guid> ModifiedIds(AppDbContext db, List<TrunkEntity> trunks) =>
        [.. trunks.Where(t => db.Entry(t).State == EntityState.Modified).Select(t => t.Id)];

    private static void Apply(AppDbContext db, List<TrunkEntity> trunks, List<SourceHostClaim> held)
    {
        foreach (var trunk in trunks)
        {
            var desired = SourceHostClaims.DesiredFor(trunk);
            var mine = held.Where(c => c.TrunkId == trunk.Id).ToList();
            db.SourceHostClaims.RemoveRange(mine.Where(c => !desired.Contains(c.Host)));
            foreach (var host in desired.Where(h => !mine.Any(c => c.Host == h)))
            {
                db.SourceHostClaims.Add(new SourceHostClaim { Location = trunk.Location, Host = host, TrunkId = trunk.Id, AccountId = trunk.AccountId });
            }
        }
    }
}
