using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace TrunkPortal.Data.Postgres;

/// <summary>
/// A PostgreSQL session advisory lock (<see cref="PortalLocks"/>) on a connection of its own, outside the pool, so the
/// lock lives exactly as long as that connection: released by <see cref="ReleaseAsync"/>, and by the server when the
/// process dies or the connection breaks. Not thread-safe: one owner at a time.
/// </summary>
internal sealed class PostgresSessionLock(string connectionString, long key) : IAsyncDisposable
{
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
    {
        Pooling = false,
        // A dead server or network is noticed within seconds, not at the next statement only.
        KeepAlive = 5,
    }.ConnectionString;

    private NpgsqlConnection? _connection;

    /// <summary>A lock on the portal's own database, over the connection string the app's contexts use.</summary>
    public static async Task<PostgresSessionLock> CreateAsync(IDbContextFactory<AppDbContext> dbFactory, long key, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        return new PostgresSessionLock(connectionString, key);
    }

    /// <summary>Whether this owner took the lock (and has not released it); see <see cref="StillHeldAsync"/>.</summary>
    public bool IsHeld { get; private set; }

    /// <summary>Waits until the lock is this owner's.</summary>
    public async Task AcquireAsync(CancellationToken cancellationToken)
    {
        await RunAsync("SELECT pg_advisory_lock(@key)", cancellationToken);
        IsHeld = true;
    }

    /// <summary>Takes the lock if nobody holds it; true when this owner holds it afterwards.</summary>
    public async Task<bool> TryAcquireAsync(CancellationToken cancellationToken)
    {
        if (IsHeld)
        {
            return true;
        }
        IsHeld = await RunAsync("SELECT pg_try_advisory_lock(@key)", cancellationToken) is true;
        return IsHeld;
    }

    /// <summary>Whether the lock's connection is still alive, hence the lock still this owner's.</summary>
    public async Task<bool> StillHeldAsync(CancellationToken cancellationToken)
    {
        if (!IsHeld)
        {
            return false;
        }
        try
        {
            await RunAsync("SELECT 1", cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // RunAsync closed the broken connection, and the server dropped the lock with it.
        }
        return IsHeld;
    }

    public async Task ReleaseAsync()
    {
        if (!IsHeld)
        {
            return;
        }
        try
        {
            await RunAsync("SELECT pg_advisory_unlock(@key)", CancellationToken.None);
            IsHeld = false;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone, so is the lock.
        }
    }

    public async ValueTask DisposeAsync() => await CloseAsync();

    private async Task<object?> RunAsync(string sql, CancellationToken cancellationToken)
    {
        try
        {
            if (_connection is null)
            {
                _connection = new NpgsqlConnection(_connectionString);
                await _connection.OpenAsync(cancellationToken);
            }
            await using var command = new NpgsqlCommand(sql, _connection);
            command.Parameters.AddWithValue("key", key);
            return await command.ExecuteScalarAsync(cancellationToken);
        }
        catch
        {
            // A failed or cancelled statement leaves it unknown whether the lock was taken: closing the connection
            // settles it (the server releases whatever the session held).
            await CloseAsync();
            throw;
        }
    }

    private async Task CloseAsync()
    {
        IsHeld = false;
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }
}
