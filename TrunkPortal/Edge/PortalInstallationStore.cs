using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;

namespace TrunkPortal.Edge;

/// <summary>This portal's installation id (<see cref="PortalInstallation"/>), created at the first use and then cached.</summary>
internal sealed class PortalInstallationStore(IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    private Guid? _id;

    public async Task<Guid> GetIdAsync(CancellationToken cancellationToken)
    {
        if (_id is { } known)
        {
            return known;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.PortalInstallations.AsNoTracking().OrderBy(p => p.Key).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            return (_id = existing.Id).Value;
        }
        var created = new PortalInstallation { Id = Guid.CreateVersion7(time.GetUtcNow()), CreatedAt = time.GetUtcNow() };
        db.PortalInstallations.Add(created);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return (_id = created.Id).Value;
        }
        catch (DbUpdateException ex) when (PortalDatabase.IsUniqueKeyRefusal<PortalInstallation>(db, ex))
        {
            // Another instance created it first: take theirs.
            await using var again = await dbFactory.CreateDbContextAsync(cancellationToken);
            return (_id = (await again.PortalInstallations.AsNoTracking().OrderBy(p => p.Key).FirstAsync(cancellationToken)).Id).Value;
        }
    }
}
