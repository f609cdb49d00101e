using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Data.Postgres;

namespace TrunkPortal.Tests.Infrastructure;

/// <summary>
/// One test's own database, on the provider of the run: <c>TEST_DB=Sqlite</c> (the default: a temporary file) or
/// <c>TEST_DB=Postgres</c> (a database on the server <c>TEST_PG</c> names, cloned from a template migrated once per
/// build). Each test keeps its own database on both, so tests stay independent and run in parallel.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string ProviderVariable = "TEST_DB";
    public const string ServerVariable = "TEST_PG";

    private IDbContextFactory<AppDbContext>? _factory;

    private TestDatabase(DatabaseProvider provider, string name, string connectionString)
    {
        Provider = provider;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The provider this test run is on.</summary>
    public static DatabaseProvider RunProvider { get; } = ReadRunProvider();

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file's path, or the PostgreSQL database's name.</summary>
    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A new, migrated, empty database on the run's provider.</summary>
    public static TestDatabase Create() => Create(RunProvider);

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => CreateSqlite(),
        DatabaseProvider.Postgres => PostgresTemplate.Clone(),
    };

    /// <summary>A new database on <paramref name="provider"/>, migrated as the app migrates it, for use without the app.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(DatabaseProvider provider)
    {
        var database = Create(provider);
        await database.MigrateAsync();
        return database;
    }

    /// <summary>A database with nothing in it, not even the schema: for tests of migrating and starting.</summary>
    public static TestDatabase CreateEmpty(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => CreateSqlite(),
        DatabaseProvider.Postgres => PostgresTemplate.CreateEmpty(),
    };

    /// <summary>A temporary SQLite file that does not exist yet; the app migrates it at start.</summary>
    public static TestDatabase CreateSqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tp-tests-{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseProvider.Sqlite, path, $"Data Source={path}");
    }

    /// <summary>The settings an app needs to run on this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AppSettings()
    {
        yield return new(PortalDatabase.ProviderKey, Provider.ToString());
        yield return new("ConnectionStrings:Default", ConnectionString);
    }

    /// <summary>Configures a context on this database as the app configures it (provider, compiled model, warnings).</summary>
    public DbContextOptionsBuilder Configure(DbContextOptionsBuilder options) => PortalDatabase.Configure(options, Provider, ConnectionString);

    public DbContextOptions<AppDbContext> ContextOptions() =>
        (DbContextOptions<AppDbContext>)Configure(new DbContextOptionsBuilder<AppDbContext>()).Options;

    public AppDbContext OpenContext() => new(ContextOptions());

    /// <summary>Contexts on this database for code under test that takes a factory, without the app.</summary>
    public IDbContextFactory<AppDbContext> Factory => _factory ??= new PooledDbContextFactory<AppDbContext>(ContextOptions());

    /// <summary>
    /// Migrates as the app does at start (<see cref="PortalDatabase.MigrateAsync"/>, the name-key backfill
    /// included), for tests that use the database without the app. A PostgreSQL clone is migrated already, so there
    /// only the backfill's queries run.
    /// </summary>
    public async Task MigrateAsync(ILoggerProvider? logs = null)
    {
        await using var services = new ServiceCollection()
            .AddLogging(logging =>
            {
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            })
            .AddSingleton(new PortalDatabaseSettings(Provider, ConnectionString))
            .AddDbContextFactory<AppDbContext>(options => Configure(options))
            .BuildServiceProvider();
        await PortalDatabase.MigrateAsync(services);
    }

    /// <summary>Runs SQL on this database, outside EF (PostgreSQL: with application_name "test").</summary>
    public async Task ExecuteAsync(string sql) => await ScalarAsync(sql);

    public async Task<object?> ScalarAsync(string sql)
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                await using (var sqlite = new SqliteConnection(ConnectionString))
                {
                    await sqlite.OpenAsync();
                    await using var command = sqlite.CreateCommand();
                    command.CommandText = sql;
                    return await command.ExecuteScalarAsync();
                }
            case DatabaseProvider.Postgres:
                var test = new NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = "test" }.ConnectionString;
                await using (var postgres = new NpgsqlConnection(test))
                {
                    await postgres.OpenAsync();
                    await using var command = new NpgsqlCommand(sql, postgres);
                    return await command.ExecuteScalarAsync();
                }
            default:
                throw new InvalidOperationException($"Unknown provider {Provider}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-shm", "-wal", ".keyring.pfx" })
                {
                    File.Delete(Name + suffix);
                }
                break;
            case DatabaseProvider.Postgres:
                await PostgresTemplate.DropAsync(Name);
                // Development's key-ring certificate for a PostgreSQL database sits in the app's folder.
                File.Delete(Path.Combine(AppContext.BaseDirectory, Name + ".keyring.pfx"));
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {Provider}.");
        }
    }

    private static DatabaseProvider ReadRunProvider()
    {
        var value = Environment.GetEnvironmentVariable(ProviderVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderVariable} is '{value}': use Sqlite or Postgres.");
    }

    /// <summary>
    /// PostgreSQL databases for tests: a template migrated once per build of TrunkPortal (named after its module id,
    /// so a new migration makes a new template), cloned per test with <c>CREATE DATABASE ... TEMPLATE</c>, which
    /// costs a fraction of migrating.
    /// </summary>
    private static class PostgresTemplate
    {
        private const long TemplateLock = 0x7470_7465_6d70_6c31; // "tptempl1"

        private static readonly Lazy<string> Template = new(CreateTemplate, LazyThreadSafetyMode.ExecutionAndPublication);

        public static TestDatabase Clone()
        {
            var template = Template.Value;
            var name = $"tp_t_{Guid.NewGuid():N}";
            Execute(Admin(), $"CREATE DATABASE {name} TEMPLATE {template}");
            return new TestDatabase(DatabaseProvider.Postgres, name, ConnectionStringOf(name));
        }

        public static TestDatabase CreateEmpty()
        {
            var name = $"tp_t_{Guid.NewGuid():N}";
            Execute(Admin(), $"CREATE DATABASE {name}");
            return new TestDatabase(DatabaseProvider.Postgres, name, ConnectionStringOf(name));
        }

        public static async Task DropAsync(string name)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(Admin());
            await admin.OpenAsync();
            foreach (var sql in DropStatements(name))
            {
                await using var command = new NpgsqlCommand(sql, admin);
                await command.ExecuteNonQueryAsync();
            }
        }

        /// <summary>
        /// Ends this role's connections to the database, then drops it. Not WITH (FORCE): that would also try to end an
        /// autovacuum worker busy in the new database, which only a superuser may (42501); a plain DROP DATABASE stops
        /// such a worker itself, and waits up to 5 s for the ended connections to go.
        /// </summary>
        private static string[] DropStatements(string name) =>
        [
            $"SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE datname = '{name}' AND usename = current_user AND pid <> pg_backend_pid()",
            $"DROP DATABASE IF EXISTS {name}",
        ];

        /// <summary>The admin connection string: a role that may create and drop databases.</summary>
        public static string Admin() =>
            Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } admin
                ? admin
                : throw new InvalidOperationException(
                    $"{ProviderVariable}=Postgres needs {ServerVariable}: a connection string of a role that may create databases " +
                    "(./test.sh sets it to the local edge's PostgreSQL).");

        private static string ConnectionStringOf(string database) =>
            new NpgsqlConnectionStringBuilder(Admin()) { Database = database, MaxPoolSize = 10 }.ConnectionString;

        private static string CreateTemplate()
        {
            var name = $"tp_template_{typeof(AppDbContext).Assembly.ManifestModule.ModuleVersionId:N}";
            using var admin = new NpgsqlConnection(Admin());
            admin.Open();
            Execute(admin, $"SELECT pg_advisory_lock({TemplateLock})");
            try
            {
                var exists = new NpgsqlCommand($"SELECT 1 FROM pg_database WHERE datname = '{name}'", admin).ExecuteScalar() is not null;
                if (!exists)
                {
                    DropOlderTemplates(admin);
                    Execute(admin, $"CREATE DATABASE {name}");
                    var options = (DbContextOptions<AppDbContext>)PortalDatabase
                        .Configure(new DbContextOptionsBuilder<AppDbContext>(), DatabaseProvider.Postgres, ConnectionStringOf(name)).Options;
                    using (var db = new PostgresMigrationContext(options))
                    {
                        db.Database.Migrate();
                    }
                    // A template with a session open on it cannot be cloned.
                    NpgsqlConnection.ClearAllPools();
                }
            }
            finally
            {
                Execute(admin, $"SELECT pg_advisory_unlock({TemplateLock})");
            }
            return name;
        }

        private static void DropOlderTemplates(NpgsqlConnection admin)
        {
            var names = new List<string>();
            using (var reader = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE 'tp\\_template\\_%'", admin).ExecuteReader())
            {
                while (reader.Read())
                {
                    names.Add(reader.GetString(0));
                }
            }
            foreach (var old in names)
            {
                foreach (var sql in DropStatements(old))
                {
                    Execute(admin, sql);
                }
            }
        }

        private static void Execute(string connectionString, string sql)
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            Execute(connection, sql);
        }

        private static void Execute(NpgsqlConnection connection, string sql)
        {
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
    }
}
