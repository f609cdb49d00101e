using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Data.Postgres;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Trunks;

/// <summary>
/// An empty PostgreSQL database of its own on TEST_PG's server, migrated with PostgreSQL's migrations, dropped at
/// dispose. (Until the shared TestDatabase fixture of plan 0014's step 3 exists.)
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly string _admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
    private readonly string _name = $"tp_t_{Guid.NewGuid():N}";

    private PostgresTestDatabase()
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _name, MaxPoolSize = 10 }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresTestDatabase> CreateAsync(bool migrate = true)
    {
        var database = new PostgresTestDatabase();
        await ExecuteAsync(database._admin, $"CREATE DATABASE {database._name}");
        if (migrate)
        {
            await using var context = new PostgresMigrationContext(database.Options());
            await context.Database.MigrateAsync();
        }
        return database;
    }

    public DbContextOptions<AppDbContext> Options() =>
        (DbContextOptions<AppDbContext>)PortalDatabase.Configure(new DbContextOptionsBuilder<AppDbContext>(), DatabaseProvider.Postgres, ConnectionString).Options;

    public IDbContextFactory<AppDbContext> Factory() => new PooledDbContextFactory<AppDbContext>(Options());

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
