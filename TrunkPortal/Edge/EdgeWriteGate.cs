using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Data.Postgres;

namespace TrunkPortal.Edge;

/// <summary>
/// One writer to the edges at a time: the provisioner's applies and a reconciliation's read-the-portal-then-write-the-
/// edge must not interleave, or a reconciliation that read the trunks before a create could delete what the create
/// just wrote. In this process a semaphore; on PostgreSQL also across instances, with the session advisory lock
/// <see cref="PortalLocks.EdgeWrite"/> on a connection of its own (released by the server if the process dies).
/// </summary>
internal sealed class EdgeWriteGate(PortalDatabaseSettings database, IDbContextFactory<AppDbContext> dbFactory) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PostgresSessionLock? _lock;

    public async Task<IAsyncDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                _lock ??= await PostgresSessionLock.CreateAsync(dbFactory, PortalLocks.EdgeWrite, cancellationToken);
                await _lock.AcquireAsync(cancellationToken);
            }
        }
        catch
        {
            _gate.Release();
            throw;
        }
        return new Release(this);
    }

    public async ValueTask DisposeAsync()
    {
        if (_lock is not null)
        {
            await _lock.DisposeAsync();
        }
    }

    private async Task ExitAsync()
    {
        try
        {
            if (_lock is not null)
            {
                await _lock.ReleaseAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed class Release(EdgeWriteGate gate) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                await gate.ExitAsync();
            }
        }
    }
}
