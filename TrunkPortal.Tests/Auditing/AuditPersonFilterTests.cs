using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Tests.Data;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Auditing;

/// <summary>
/// The audit log's person filter matches the start of the actor's name ignoring case (by the actor key) and the start
/// of the actor's id as typed; the name part answers the same on SQLite and PostgreSQL.
/// </summary>
public sealed class AuditPersonFilterTests
{
    [Fact]
    public Task Person_ShouldMatchTheNameIgnoringCaseAndTheIdExactly_WhenTheDatabaseIsSqlite() => MatchesAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    [Trait("Db", "Postgres")]
    public Task Person_ShouldMatchTheNameIgnoringCaseAndTheIdExactly_WhenTheDatabaseIsPostgres() => MatchesAsync(DatabaseProvider.Postgres);

    private static async Task MatchesAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var account = Guid.NewGuid();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.Accounts.Add(new Account { Id = account, Name = "audit-" + account.ToString("N"), CreatedAt = DateTimeOffset.UtcNow });
            var log = new AuditLog(TimeProvider.System);
            log.Record(db, new Actor(ActorKind.User, "ann@example.com", "Ann Admin", null), account, "trunk.create", []);
            log.Record(db, new Actor(ActorKind.User, "bob@example.com", "Bob Builder", null), account, "trunk.update", []);
            log.Record(db, new Actor(ActorKind.ApiKey, "key-Ann", "Éva Édes", null), account, "trunk.delete", []);
            await db.SaveChangesAsync();
        }
        var queries = new AuditQueries(database.Factory);

        async Task<List<string>> ActorsAsync(string person) =>
            [.. (await queries.PageAsync(new AuditFilter { AccountId = account, Person = person }, 0, 10)).Items.Select(e => e.ActorName).Order(StringComparer.Ordinal)];

        Assert.Equal(["Ann Admin"], await ActorsAsync("ann"));
        Assert.Equal(["Ann Admin"], await ActorsAsync(" ANN ad "));
        Assert.Equal(["Éva Édes"], await ActorsAsync("éva"));
        Assert.Equal(["Bob Builder"], await ActorsAsync("bob@"));
        Assert.Equal(["Éva Édes"], await ActorsAsync("key-A"));
    }
}
