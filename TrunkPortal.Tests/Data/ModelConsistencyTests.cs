using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using TrunkPortal.Data;
using TrunkPortal.Data.Postgres;

namespace TrunkPortal.Tests.Data;

/// <summary>
/// The app starts on the compiled model and without EF Core's pending-model-changes check (both would cost the
/// start a full model build), so these two checks run here instead: a model change needs a new migration and a
/// regenerated compiled model (docs/performance.md, benchmark 5).
/// </summary>
public sealed class ModelConsistencyTests
{
    // Never opened: comparing models needs no server.
    private const string PostgresConnection = "Host=127.0.0.1;Database=trunkportal_model_check";

    /// <summary>A context configured as the app configures it (the provider's compiled model included).</summary>
    private static AppDbContext NewContext(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        PortalDatabase.Configure(options, provider, provider == DatabaseProvider.Postgres ? PostgresConnection : "Data Source=:memory:");
        return new AppDbContext(options.Options);
    }

    [Fact]
    public void SqliteMigrations_ShouldCoverTheModel_WhenTheModelIsBuiltFromOnModelCreating()
    {
        using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model has changes that no SQLite migration covers: dotnet ef migrations add <Name> --project TrunkPortal "
            + "--context AppDbContext --output-dir Data/Migrations, then regenerate both compiled models.");
    }

    [Fact]
    public void PostgresMigrations_ShouldCoverTheModel_WhenTheModelIsBuiltFromOnModelCreating()
    {
        using var db = new PostgresMigrationContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(PostgresConnection).Options);

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The model has changes that no PostgreSQL migration covers: dotnet ef migrations add <Name> --project TrunkPortal "
            + "--context PostgresMigrationContext --output-dir Data/Postgres/Migrations, then regenerate both compiled models.");
    }

    [Fact]
    public void EachProvider_ShouldHaveItsOwnMigrations_WhenBothSetsLiveInOneAssembly()
    {
        using var sqlite = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new PostgresMigrationContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(PostgresConnection).Options);

        var sqliteSet = sqlite.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct().ToList();
        var postgresSet = postgres.GetService<IMigrationsAssembly>().Migrations.Values.Select(t => t.Namespace).Distinct().ToList();

        Assert.Equal(["TrunkPortal.Data.Migrations"], sqliteSet);
        Assert.Equal(["TrunkPortal.Data.Postgres.Migrations"], postgresSet);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, typeof(TrunkPortal.Data.CompiledModels.AppDbContextModel))]
    [InlineData(DatabaseProvider.Postgres, typeof(TrunkPortal.Data.Postgres.CompiledModel.AppDbContextModel))]
    public void CompiledModel_ShouldMatchOnModelCreating_WhenTheAppUsesIt(DatabaseProvider provider, Type compiledModel)
    {
        using var db = NewContext(provider);
        var designTime = db.GetService<IDesignTimeModel>().Model;

        Assert.IsType(compiledModel, db.Model);
        // The differ cannot read a compiled model, so both are compared by what they map: entities, properties
        // with their converters, and the tables, columns, keys and indexes of their relational models.
        Assert.Equal(Describe(designTime), Describe(db.Model));
    }

    private static List<string> Describe(IModel model)
    {
        var lines = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            lines.Add($"entity {entity.Name} table {entity.GetTableName()}");
            lines.AddRange(entity.GetProperties().Select(p =>
                $"property {entity.Name}.{p.Name} {p.ClrType} null={p.IsNullable} max={p.GetMaxLength()} "
                + $"converter={p.GetValueConverter()?.GetType()} generated={p.ValueGenerated} concurrency={p.IsConcurrencyToken}"));
            lines.AddRange(entity.GetNavigations().Select(n => $"navigation {entity.Name}.{n.Name} -> {n.TargetEntityType.Name}"));
        }
        foreach (var table in model.GetRelationalModel().Tables)
        {
            lines.AddRange(table.Columns.Select(c => $"column {table.Name}.{c.Name} {c.StoreType} null={c.IsNullable}"));
            lines.Add($"primary key {table.Name} {table.PrimaryKey?.Name} ({Columns(table.PrimaryKey?.Columns)})");
            lines.AddRange(table.UniqueConstraints.Select(u => $"unique {table.Name} {u.Name} ({Columns(u.Columns)})"));
            lines.AddRange(table.Indexes.Select(i =>
                $"index {table.Name} {i.Name} ({Columns(i.Columns)}) unique={i.IsUnique} filter={i.Filter}"));
            lines.AddRange(table.ForeignKeyConstraints.Select(f =>
                $"foreign key {table.Name} {f.Name} ({Columns(f.Columns)}) -> {f.PrincipalTable.Name} on delete {f.OnDeleteAction}"));
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Columns(IEnumerable<IColumn>? columns) =>
        string.Join(", ", columns?.Select(c => c.Name) ?? []);
}
