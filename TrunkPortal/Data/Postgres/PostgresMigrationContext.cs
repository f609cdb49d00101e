using Microsoft.EntityFrameworkCore;

namespace TrunkPortal.Data.Postgres;

/// <summary>
/// PostgreSQL's migrations belong to this context (Microsoft's "migrations with multiple providers", one context type
/// per provider): the same model as <see cref="AppDbContext"/>, so that EF keeps PostgreSQL's migrations
/// (Data/Postgres/Migrations) apart from SQLite's (Data/Migrations, attributed to AppDbContext). It is used only to
/// migrate and to scaffold; the app reads and writes through AppDbContext on either provider. The tools build it from
/// the app's own options, so scaffolding names the provider:
/// <c>dotnet ef migrations add &lt;Name&gt; --project TrunkPortal --context PostgresMigrationContext
/// --output-dir Data/Postgres/Migrations -- --Database:Provider=Postgres</c>.
/// </summary>
public sealed class PostgresMigrationContext(DbContextOptions<AppDbContext> options) : AppDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Without "-- --Database:Provider=Postgres" the tools would hand this context SQLite's options, and scaffold
        // a SQLite migration into PostgreSQL's folder.
        if (!Database.IsNpgsql())
        {
            throw new InvalidOperationException(
                $"PostgresMigrationContext runs on PostgreSQL only ({Database.ProviderName} given): add -- --Database:Provider=Postgres to the dotnet ef command.");
        }
        base.OnModelCreating(modelBuilder);
    }
}
