using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SQLitePCL;
using TrunkPortal.Data.Postgres;
using TrunkPortal.Hosting;

namespace TrunkPortal.Data;

/// <summary>The database engines the portal runs on: "Database:Provider".</summary>
public enum DatabaseProvider
{
    /// <summary>One file, one process: what <c>dotnet run</c> uses, nothing to install.</summary>
    Sqlite,

    /// <summary>PostgreSQL through Npgsql: several instances on one database.</summary>
    Postgres,
}

/// <summary>
/// The one place that knows the provider: how the context is configured (each provider with its own compiled model)
/// and how the schema is migrated (each provider with its own migrations: SQLite's in Data/Migrations for
/// <see cref="AppDbContext"/>, PostgreSQL's in Data/Postgres/Migrations for <see cref="PostgresMigrationContext"/>).
/// </summary>
public static class PortalDatabase
{
    public const string ProviderKey = "Database:Provider";

    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration[ProviderKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return DatabaseProvider.Sqlite;
        }
        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException($"{ProviderKey} is '{value}': use Sqlite (the default) or Postgres.");
    }

    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderOf(configuration);
        var instance = PortalInstance.From(configuration);
        var connectionString = ConnectionStringFor(provider, configuration.GetConnectionString("Default"), instance);
        services.AddSingleton(instance);
        services.AddSingleton(new PortalDatabaseSettings(provider, connectionString));
        services.AddDbContextFactory<AppDbContext>(options => Configure(options, provider, connectionString));
        return services;
    }

    /// <summary>
    /// On PostgreSQL every connection of this instance names it (Application Name=trunkportal/&lt;instance id&gt;): the
    /// trunk trigger's notifications carry it, and pg_stat_activity shows whose connection is whose.
    /// </summary>
    public static string? ConnectionStringFor(DatabaseProvider provider, string? connectionString, PortalInstance instance) => provider switch
    {
        DatabaseProvider.Postgres => new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = instance.ApplicationName }.ConnectionString,
        DatabaseProvider.Sqlite => connectionString,
    };

    /// <summary>The provider, its compiled model and the warnings the app runs with; tests build contexts the same way.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString)
    {
        _ = provider switch
        {
            DatabaseProvider.Postgres => options
                .UseNpgsql(connectionString)
                .UseModel(Postgres.CompiledModel.AppDbContextModel.Instance),
            DatabaseProvider.Sqlite => options
                .UseSqlite(connectionString)
                .UseModel(CompiledModels.AppDbContextModel.Instance),
        };
        // Looking for model changes that lack a migration builds the whole model from OnModelCreating at every start,
        // the cost the compiled models remove; ModelConsistencyTests make that check instead.
        return options.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
    }

    /// <summary>
    /// True when a primary key or unique index of <typeparamref name="TEntity"/>'s table refused the write: another
    /// writer saved the same key first. Each engine says so its own way (PostgreSQL names the table, SQLite the
    /// columns as table.column); any other failure, a foreign key or a broken connection, is not this.
    /// </summary>
    public static bool IsUniqueKeyRefusal<TEntity>(DbContext db, DbUpdateException ex)
    {
        var table = db.Model.FindEntityType(typeof(TEntity))?.GetTableName()
            ?? throw new ArgumentException($"{typeof(TEntity).Name} is not an entity of {db.GetType().Name}.", nameof(TEntity));
        return ex.InnerException switch
        {
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } refused => refused.TableName == table,
            SqliteException
            {
                SqliteErrorCode: raw.SQLITE_CONSTRAINT,
                SqliteExtendedErrorCode: raw.SQLITE_CONSTRAINT_PRIMARYKEY or raw.SQLITE_CONSTRAINT_UNIQUE,
            } refused => refused.Message.Contains($"constraint failed: {table}.", StringComparison.Ordinal),
            _ => false,
        };
    }

    /// <summary>
    /// Brings the schema up to date with the provider's own migrations, then fills what a migration could not
    /// (<see cref="NameKeyBackfill"/>: SQLite rows from before the name keys; a PostgreSQL schema never lacks them).
    /// </summary>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<PortalDatabaseSettings>();
        var dbFactory = services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        if (settings.Provider == DatabaseProvider.Postgres)
        {
            // AppDbContext's migrations are SQLite's: PostgreSQL is migrated through the context its own set belongs to.
            await using var postgres = new PostgresMigrationContext(services.GetRequiredService<DbContextOptions<AppDbContext>>());
            await postgres.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
        }
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(NameKeyBackfill));
        await NameKeyBackfill.RunAsync(dbFactory, logger, cancellationToken);
    }
}

/// <summary>Which provider this process runs on, and the connection string it uses (with its application name on PostgreSQL).</summary>
public sealed record PortalDatabaseSettings(DatabaseProvider Provider, string? ConnectionString);
