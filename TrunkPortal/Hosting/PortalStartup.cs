using Microsoft.AspNetCore.DataProtection;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Data.Postgres;
using TrunkPortal.Seeding;

namespace TrunkPortal.Hosting;

/// <summary>
/// What a start does before it serves: migrate, seed the demo data. On PostgreSQL, where several instances share the
/// database, one instance at a time does it under <see cref="PortalLocks.Startup"/>, and also protects a payload, so
/// the key ring's first key is made by one instance and read by the others (two instances on an empty ring would
/// each make one: dotnet/aspnetcore#52678). EF Core locks migrations itself; the lock adds the seed (its "already
/// seeded?" check would race) and the key ring. SQLite: one process per file, as before, without a lock.
/// </summary>
internal static partial class PortalStartup
{
    public static async Task RunAsync(IServiceProvider services, StartupClock clock, CancellationToken cancellationToken = default)
    {
        var settings = services.GetRequiredService<PortalDatabaseSettings>();
        Announce(services, settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await MigrateAndSeedAsync(services, clock, cancellationToken);
            return;
        }

        // A session lock on a connection of its own: released at the end, or by the server if this process dies.
        await using var startup = new PostgresSessionLock(settings.ConnectionString!, PortalLocks.Startup);
        await startup.AcquireAsync(cancellationToken);
        try
        {
            clock.Mark("start-up lock taken");
            await MigrateAndSeedAsync(services, clock, cancellationToken);
            services.GetRequiredService<IDataProtectionProvider>().CreateProtector("TrunkPortal.Startup").Protect([1]);
            clock.Mark("key ring ready");
        }
        finally
        {
            await startup.ReleaseAsync();
        }
    }

    /// <summary>Says at start which database this process runs on, so nobody takes the embedded default for a cluster.</summary>
    private static void Announce(IServiceProvider services, PortalDatabaseSettings settings)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PortalStartup));
        var instance = services.GetRequiredService<PortalInstance>().Id;
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                LogSqlite(logger, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString ?? "").DataSource);
                break;
            case DatabaseProvider.Postgres:
                var postgres = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
                LogPostgres(logger, postgres.Host, postgres.Port, postgres.Database, instance);
                break;
            default:
                throw new InvalidOperationException($"Unknown provider {settings.Provider}.");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: SQLite file {File}, for one instance. For several instances on PostgreSQL see README, \"Several instances\".")]
    private static partial void LogSqlite(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database: PostgreSQL {Host}:{Port}/{Database}; this instance is {Instance}.")]
    private static partial void LogPostgres(ILogger logger, string? host, int port, string? database, string instance);

    private static async Task MigrateAndSeedAsync(IServiceProvider services, StartupClock clock, CancellationToken cancellationToken)
    {
        await PortalDatabase.MigrateAsync(services, cancellationToken);
        clock.Mark("database migrated");
        await services.SeedDemoDataAsync(cancellationToken);
        clock.Mark("demo data seeded");
    }
}
