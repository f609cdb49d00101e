using Microsoft.EntityFrameworkCore;
using TrunkPortal.Api.Idempotency;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Data;

/// <summary>
/// <see cref="PortalDatabase.IsUniqueKeyRefusal"/> on the run's provider: the writers that insert first and take the
/// other writer's row on a refusal (S6 claims, idempotency keys, the installation id) must know that refusal from
/// every other failure, or a foreign key or a lost connection would be taken for "someone else was first".
/// </summary>
[Trait("Db", "Both")]
public sealed class UniqueKeyRefusalTests
{
    private static readonly DateTimeOffset _now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SecondClaimOfAHost_ShouldBeARefusalOfTheClaimsKey_AndOfNoOtherTable()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(TestDatabase.RunProvider);
        var trunk = await AddTrunkAsync(database.Factory);
        await using var db = await database.Factory.CreateDbContextAsync();

        var refused = await SaveTwiceAsync(db, () => db.SourceHostClaims.Add(Claim(trunk.Id, trunk.AccountId)));

        Assert.True(PortalDatabase.IsUniqueKeyRefusal<SourceHostClaim>(db, refused));
        Assert.False(PortalDatabase.IsUniqueKeyRefusal<TrunkEntity>(db, refused));
    }

    [Fact]
    public async Task ClaimForAMissingTrunk_ShouldNotBeTakenForARefusalOfTheKey()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(TestDatabase.RunProvider);
        await using var db = await database.Factory.CreateDbContextAsync();
        db.SourceHostClaims.Add(Claim(Guid.NewGuid(), Guid.NewGuid()));

        var failed = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.False(PortalDatabase.IsUniqueKeyRefusal<SourceHostClaim>(db, failed));
    }

    [Fact]
    public async Task SecondRecordWithOneIdempotencyKey_ShouldBeARefusalOfItsUniqueIndex()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(TestDatabase.RunProvider);
        var trunk = await AddTrunkAsync(database.Factory);
        await using var db = await database.Factory.CreateDbContextAsync();

        var refused = await SaveTwiceAsync(db, () => db.IdempotencyRecords.Add(Record(trunk.AccountId)));

        Assert.True(PortalDatabase.IsUniqueKeyRefusal<IdempotencyRecordEntity>(db, refused));
        Assert.False(PortalDatabase.IsUniqueKeyRefusal<SourceHostClaim>(db, refused));
    }

    [Fact]
    public async Task SecondInstallationRow_ShouldBeARefusalOfItsPrimaryKey()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(TestDatabase.RunProvider);
        await using var db = await database.Factory.CreateDbContextAsync();

        var refused = await SaveTwiceAsync(db, () => db.PortalInstallations.Add(new PortalInstallation { Id = Guid.NewGuid(), CreatedAt = _now }));

        Assert.True(PortalDatabase.IsUniqueKeyRefusal<PortalInstallation>(db, refused));
    }

    /// <summary>Adds a row and saves it, then adds its twin: the second save's failure.</summary>
    private static async Task<DbUpdateException> SaveTwiceAsync(AppDbContext db, Action add)
    {
        add();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        add();
        return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    private static SourceHostClaim Claim(Guid trunkId, Guid accountId) =>
        new() { Location = "FRANKFURT", Host = "203.0.113.10", TrunkId = trunkId, AccountId = accountId };

    private static IdempotencyRecordEntity Record(Guid accountId) =>
        new() { Id = Guid.NewGuid(), AccountId = accountId, Key = "create-berlin", RequestHash = new string('a', 64), CreatedAt = _now };

    private static async Task<TrunkEntity> AddTrunkAsync(IDbContextFactory<AppDbContext> factory)
    {
        await using var db = await factory.CreateDbContextAsync();
        var account = new Account { Id = Guid.NewGuid(), Name = "refusals", CreatedAt = _now };
        var trunk = new TrunkEntity
        {
            Id = Guid.NewGuid(), AccountId = account.Id, Name = "Berlin", Location = "FRANKFURT",
            ActionStatus = ActionStatus.Success, CreatedAt = _now, Version = Guid.NewGuid(),
        };
        db.AddRange(account, trunk);
        await db.SaveChangesAsync();
        return trunk;
    }
}
