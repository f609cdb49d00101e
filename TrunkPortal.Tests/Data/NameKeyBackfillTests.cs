using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Support;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Data;

/// <summary>
/// A SQLite database from before the name keys (migrated up to DestinationHealthEvents, rows written by SQL in that
/// schema) gets its keys at the next start: the support search and the audit filter then find its mixed-case names.
/// </summary>
// SQLite only: it upgrades a SQLite file from before the name keys; a PostgreSQL schema starts with them.
[Trait("Db", "Sqlite")]
public sealed class NameKeyBackfillTests
{
    private const string LastMigrationWithoutKeys = "20261202053835_DestinationHealthEvents";

    private static readonly Guid _account = Guid.Parse("aaaaaaaa-0000-0000-0000-0000000000a1");

    [Fact]
    [Trait("Rule", "F3")]
    public async Task Start_ShouldFillTheKeysOfAnOldDatabase_WhenItHoldsMixedCaseNames()
    {
        using var logs = new CapturingLoggerProvider();
        await using var database = TestDatabase.CreateEmpty(DatabaseProvider.Sqlite);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            await db.GetService<IMigrator>().MigrateAsync(LastMigrationWithoutKeys);
        }
        var older = Guid.Parse("00000000-0000-0000-0000-000000000001");
        var twin = Guid.Parse("00000000-0000-0000-0000-000000000002");
        var gone = Guid.Parse("00000000-0000-0000-0000-000000000003");
        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "INSERT INTO \"Accounts\" (\"Id\", \"Name\", \"CreatedAt\", \"MeteredActive\", \"UnlimitedActive\", \"Revision\") "
                + $"VALUES ('{_account.ToString().ToUpperInvariant()}', 'old', '2026-01-01 00:00:00', 1, 0, 0)");
            await InsertTrunkAsync(connection, older, "Berlin PBX", "2026-01-01 00:00:00", deleted: false);
            await InsertTrunkAsync(connection, twin, "berlin pbx", "2026-02-01 00:00:00", deleted: false);
            await InsertTrunkAsync(connection, gone, "BERLIN PBX", "2026-01-15 00:00:00", deleted: true);
            await InsertTrunkAsync(connection, Guid.NewGuid(), "Zürich office", "2026-03-01 00:00:00", deleted: false);
            for (var i = 0; i < NameKeyBackfill.BatchSize + 5; i++)
            {
                await InsertTrunkAsync(connection, Guid.NewGuid(), $"Trunk {i:D4}", "2026-04-01 00:00:00", deleted: false);
            }
            await ExecuteAsync(connection, "INSERT INTO \"AuditEntries\" (\"AccountId\", \"At\", \"ActorKind\", \"ActorId\", \"ActorName\", \"Action\", \"Changes\") "
                + $"VALUES ('{_account.ToString().ToUpperInvariant()}', '2026-01-01 00:00:00', 'User', 'ann@example.com', 'Ann Admin', 'trunk.create', '[]')");
        }

        await database.MigrateAsync(logs);

        await using var read = await database.Factory.CreateDbContextAsync();
        var trunks = await read.Trunks.AsNoTracking().ToListAsync();
        Assert.All(trunks.Where(t => t.Id != twin), t => Assert.Equal(TrunkNames.Key(t.Name), t.NameKey));
        Assert.Null(trunks.Single(t => t.Id == twin).NameKey);
        Assert.Contains(logs.Lines, line => line.StartsWith("Warning", StringComparison.Ordinal) && line.Contains(twin.ToString(), StringComparison.Ordinal));
        Assert.Equal("ANN ADMIN", (await read.AuditEntries.SingleAsync()).ActorKey);

        var search = await new SupportSearch(database.Factory).SearchAsync("berlin", 0, 10);
        Assert.Equal([older], search.Items.Select(r => r.TrunkId));
        Assert.Equal(["Zürich office"], (await new SupportSearch(database.Factory).SearchAsync("zÜ", 0, 10)).Items.Select(r => r.TrunkName));
        var audit = await new AuditQueries(database.Factory).PageAsync(new AuditFilter { Person = "ann" }, 0, 10);
        Assert.Equal(["Ann Admin"], audit.Items.Select(e => e.ActorName));
    }

    /// <summary>A trunk row as the old schema takes it: every NOT NULL column gets a value of its type.</summary>
    private static async Task InsertTrunkAsync(SqliteConnection connection, Guid id, string name, string createdAt, bool deleted)
    {
        var given = new Dictionary<string, string>
        {
            ["Id"] = $"'{id.ToString().ToUpperInvariant()}'",
            ["AccountId"] = $"'{_account.ToString().ToUpperInvariant()}'",
            ["Name"] = "'" + name.Replace("'", "''") + "'",
            ["Type"] = "'Static'",
            ["Location"] = "'FRANKFURT'",
            ["PackageType"] = "'Metered'",
            ["AdminStatus"] = "'Enabled'",
            ["ActionStatus"] = "'Success'",
            ["CreatedAt"] = $"'{createdAt}'",
            ["DeletedAt"] = deleted ? "'2026-05-01 00:00:00'" : "NULL",
            ["Version"] = $"'{Guid.NewGuid().ToString().ToUpperInvariant()}'",
        };
        var columns = new List<(string Name, string Value)>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT \"name\", \"type\", \"notnull\" FROM pragma_table_info('Trunks')";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var column = reader.GetString(0);
                if (given.TryGetValue(column, out var value))
                {
                    columns.Add((column, value));
                }
                else if (reader.GetInt64(2) == 1)
                {
                    columns.Add((column, reader.GetString(1) == "TEXT" ? "'[]'" : "0"));
                }
            }
        }
        await ExecuteAsync(connection, $"INSERT INTO \"Trunks\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select(c => c.Value))})");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
