using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Support;
using TrunkPortal.Tests.Data;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Support;

/// <summary>
/// The support search and F3's uniqueness compare names by their key, so they answer the same on SQLite and
/// PostgreSQL: a prefix ignores case (non-ASCII letters too), the order is the keys' byte order, and the database
/// itself refuses a second live "berlin" beside "Berlin".
/// </summary>
public sealed class SupportSearchNameKeyTests
{
    private static readonly DateTimeOffset _start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Mixed case, accents, and characters that sort differently once case is folded; every key distinct.</summary>
    private static readonly string[] _names =
    [
        "Berlin PBX", "berlin office", "BERLIN-2", "Zagreb", "zürich", "ZÜRICH HQ", "Äpfel", "apfel", "Ølstykke",
        "_under", "a_b", "a%b", "École", "ecole", "München", "MUNICH", "berlín", "[bracket]", "~tilde", "Straße",
    ];

    [Fact]
    [Trait("Rule", "F3")]
    public Task Search_ShouldFindNamesByPrefixIgnoringCase_WhenTheDatabaseIsSqlite() => PrefixIgnoresCaseAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    [Trait("Rule", "F3")]
    [Trait("Db", "Postgres")]
    public Task Search_ShouldFindNamesByPrefixIgnoringCase_WhenTheDatabaseIsPostgres() => PrefixIgnoresCaseAsync(DatabaseProvider.Postgres);

    [Fact]
    [Trait("Rule", "F3")]
    public Task Database_ShouldRefuseASecondLiveNameIgnoringCase_WhenTheDatabaseIsSqlite() => DuplicateRefusedAsync(DatabaseProvider.Sqlite);

    [PostgresFact]
    [Trait("Rule", "F3")]
    [Trait("Db", "Postgres")]
    public Task Database_ShouldRefuseASecondLiveNameIgnoringCase_WhenTheDatabaseIsPostgres() => DuplicateRefusedAsync(DatabaseProvider.Postgres);

    [Fact]
    public async Task Search_ShouldListInTheKeysByteOrder_WhenTheDatabaseIsSqlite()
    {
        await using var sqlite = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        Assert.Equal(ExpectedOrder(), await ListAllAsync(sqlite));
    }

    [PostgresFact]
    [Trait("Db", "Postgres")]
    public async Task Search_ShouldListInTheSameOrderAsOnSqlite_WhenTheDatabaseIsPostgres()
    {
        await using var sqlite = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var postgres = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);

        var onSqlite = await ListAllAsync(sqlite);
        var onPostgres = await ListAllAsync(postgres);

        Assert.Equal(onSqlite, onPostgres);
        Assert.Equal(ExpectedOrder(), onPostgres);
    }

    private static async Task PrefixIgnoresCaseAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        await SeedAsync(database);
        var search = new SupportSearch(database.Factory);

        var berlin = await search.SearchAsync("berlin", 0, 10);
        var umlaut = await search.SearchAsync("  zü ", 0, 10);
        var underscore = await search.SearchAsync("a_", 0, 10);
        var percent = await search.SearchAsync("A%", 0, 10);

        Assert.Equal(["BERLIN OFFICE", "BERLIN PBX", "BERLIN-2"], berlin.Items.Select(r => TrunkNames.Key(r.TrunkName)));
        Assert.Equal(3, berlin.Total);
        Assert.Equal(["zürich", "ZÜRICH HQ"], umlaut.Items.Select(r => r.TrunkName));
        Assert.Equal(["a_b"], underscore.Items.Select(r => r.TrunkName));
        Assert.Equal(["a%b"], percent.Items.Select(r => r.TrunkName));
    }

    private static async Task DuplicateRefusedAsync(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var account = await SeedAsync(database);

        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.Trunks.Add(Trunk(account, " berlin pbx", deleted: true));
            await db.SaveChangesAsync();
        }
        await using var again = await database.Factory.CreateDbContextAsync();
        again.Trunks.Add(Trunk(account, "BERLIN pbx "));

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    private static async Task<List<string>> ListAllAsync(TestDatabase database)
    {
        await SeedAsync(database);
        var (items, total) = await new SupportSearch(database.Factory).SearchAsync(null, 0, 50);
        Assert.Equal(_names.Length, total);
        return [.. items.Select(r => r.TrunkName)];
    }

    /// <summary>Ordinal order of the keys: UTF-16 order, which is UTF-8's byte order for these (all in the BMP, none past U+D7FF).</summary>
    private static List<string> ExpectedOrder() => [.. _names.OrderBy(TrunkNames.Key, StringComparer.Ordinal)];

    private static async Task<Guid> SeedAsync(TestDatabase database)
    {
        var account = Guid.NewGuid();
        await using var db = await database.Factory.CreateDbContextAsync();
        db.Accounts.Add(new Account { Id = account, Name = "names-" + account.ToString("N"), CreatedAt = _start });
        db.Trunks.AddRange(_names.Select(name => Trunk(account, name)));
        await db.SaveChangesAsync();
        return account;
    }

    private static TrunkEntity Trunk(Guid account, string name, bool deleted = false) => new()
    {
        Id = Guid.NewGuid(),
        AccountId = account,
        Name = name,
        Type = TrunkType.Static,
        Location = "FRANKFURT",
        CreatedAt = _start,
        DeletedAt = deleted ? _start : null,
        Version = Guid.NewGuid(),
    };
}
