using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Data;

/// <summary>
/// An empty database of either provider, migrated as the app migrates it (<see cref="PortalDatabase.MigrateAsync"/>,
/// the name key backfill included) and read through the app's own context options: a temporary SQLite file, or a
/// <c>tp_t_&lt;guid&gt;</c> database on the TEST_PG server, dropped at the end. Small on purpose, for the query tests
/// of plan 0014 step 2, until step 3's shared TestDatabase serves every test.
/// </summary>
internal sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string? _postgresAdmin;
    private readonly string _name;

    private ScratchDatabase(DatabaseProvider provider, string connectionString, string name, string? postgresAdmin, ILoggerProvider? logs)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _name = name;
        _postgresAdmin = postgresAdmin;
        _services = new ServiceCollection()
            .AddLogging(logging =>
            {
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            })
            .AddSingleton(new PortalDatabaseSettings(provider, connectionString))
            .AddDbContextFactory<AppDbContext>(o => PortalDatabase.Configure(o, provider, connectionString))
            .BuildServiceProvider();
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => _services;

    public IDbContextFactory<AppDbContext> Factory => _services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    /// <summary>An empty database, not migrated yet.</summary>
    public static async Task<ScratchDatabase> CreateEmptyAsync(DatabaseProvider provider, ILoggerProvider? logs = null)
    {
        var name = $"tp_t_{Guid.NewGuid():N}";
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), name + ".db");
            return new ScratchDatabase(provider, $"Data Source={file}", file, null, logs);
        }
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)
            ?? throw new InvalidOperationException($"{PostgresFactAttribute.Variable} is not set.");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
        return new ScratchDatabase(provider, connectionString, name, admin, logs);
    }

    /// <summary>An empty database migrated as the app migrates it at start.</summary>
    public static async Task<ScratchDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = await CreateEmptyAsync(provider);
        await database.MigrateAsync();
        return database;
    }

    public Task MigrateAsync() => PortalDatabase.MigrateAsync(_services);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_postgresAdmin is null)
        {
            SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
            File.Delete(_name);
            return;
        }
        NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
        await ExecuteAsync(_postgresAdmin, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
