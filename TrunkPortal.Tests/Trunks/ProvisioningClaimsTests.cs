using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TrunkPortal.Data;
using TrunkPortal.Hosting;
using TrunkPortal.Domain.Status;
using TrunkPortal.Edge;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>Plan 0014, 3.2.3 on PostgreSQL: claims with FOR UPDATE SKIP LOCKED and a lease.</summary>
[Trait("Db", "Postgres")]
public sealed class ProvisioningClaimsTests
{
    private static readonly DateTimeOffset _start = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [PostgresFact]
    public async Task ClaimersAtOnce_ShouldGetDisjointSets_WhenTheyClaimTheSameDueTrunks()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var factory = database.Factory;
        var ids = await AddDueTrunksAsync(factory, 10);
        var time = new FakeTimeProvider(_start);
        var claimers = Enumerable.Range(0, 5).Select(i => Claims(factory, $"claimer-{i}", time)).ToList();

        var results = await Task.WhenAll(claimers.Select(c => Task.Run(() => c.ClaimAsync(3, CancellationToken.None))));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(ids.Order(), all.Order());
        await using var db = await factory.CreateDbContextAsync();
        var stored = await db.Trunks.ToDictionaryAsync(t => t.Id, t => t.ClaimedBy);
        for (var i = 0; i < claimers.Count; i++)
        {
            Assert.All(results[i], id => Assert.Equal($"claimer-{i}", stored[id]));
        }
    }

    [PostgresFact]
    public async Task ExpiredLease_ShouldBeTakenOver_AndOnlyTheNewHolderCompletes()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Postgres);
        var factory = database.Factory;
        var ids = await AddDueTrunksAsync(factory, 4);
        var time = new FakeTimeProvider(_start);
        var a = Claims(factory, "instance-a", time);
        var b = Claims(factory, "instance-b", time);

        Assert.Equal(ids.Order(), (await a.ClaimAsync(20, CancellationToken.None)).Order());
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await b.ClaimAsync(20, CancellationToken.None));
        Assert.Equal(_start + TimeSpan.FromSeconds(30), await b.NextDueAsync(CancellationToken.None));

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(ids.Order(), (await b.ClaimAsync(20, CancellationToken.None)).Order());

        // A wakes up after its lease: its completion is refused, B's is saved and releases the claim.
        Assert.False(await CompleteAsync(factory, a, ids[0]));
        Assert.True(await CompleteAsync(factory, b, ids[0]));
        await using var db = await factory.CreateDbContextAsync();
        var trunk = await db.Trunks.SingleAsync(t => t.Id == ids[0]);
        Assert.Null(trunk.ClaimedBy);
        Assert.Null(trunk.ClaimedUntil);
        Assert.Equal(ActionStatus.Success, trunk.ActionStatus);
        Assert.Equal(3, await db.Trunks.CountAsync(t => t.ClaimedBy == "instance-b"));
    }

    [PostgresFact]
    public async Task EdgeWriteGate_ShouldAdmitOneInstanceAtATime_WhenTwoShareTheDatabase()
    {
        await using var database = TestDatabase.CreateEmpty(DatabaseProvider.Postgres);
        var settings = new PortalDatabaseSettings(DatabaseProvider.Postgres, null);
        await using var a = new EdgeWriteGate(settings, database.Factory);
        await using var b = new EdgeWriteGate(settings, database.Factory);

        var held = await a.EnterAsync(CancellationToken.None);
        var waiting = b.EnterAsync(CancellationToken.None);
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(waiting.IsCompletedSuccessfully);
    }

    private static ProvisioningClaims Claims(IDbContextFactory<AppDbContext> factory, string instance, TimeProvider time) => new(
        factory, new PortalDatabaseSettings(DatabaseProvider.Postgres, null), new PortalInstance(instance),
        Options.Create(new ProvisioningOptions { LeaseSeconds = 30 }), time);

    private static async Task<bool> CompleteAsync(IDbContextFactory<AppDbContext> factory, ProvisioningClaims claims, Guid id)
    {
        await using var db = await factory.CreateDbContextAsync();
        var trunk = await db.Trunks.SingleAsync(t => t.Id == id);
        trunk.ActionStatus = ActionStatus.Success;
        trunk.ActionDueAt = null;
        trunk.Version = Guid.NewGuid();
        return await claims.SaveAndReleaseAsync(db, id, CancellationToken.None);
    }

    private static async Task<List<Guid>> AddDueTrunksAsync(IDbContextFactory<AppDbContext> factory, int count)
    {
        await using var db = await factory.CreateDbContextAsync();
        var account = new Account { Id = Guid.NewGuid(), Name = "claims", CreatedAt = _start };
        db.Accounts.Add(account);
        var trunks = Enumerable.Range(0, count).Select(i => new TrunkEntity
        {
            Id = Guid.NewGuid(), AccountId = account.Id, Name = $"Due {i}", Location = "FRANKFURT",
            ActionStatus = ActionStatus.Creating, ActionDueAt = _start.AddSeconds(-count + i), CreatedAt = _start, Version = Guid.NewGuid(),
        }).ToList();
        db.Trunks.AddRange(trunks);
        await db.SaveChangesAsync();
        return [.. trunks.Select(t => t.Id)];
    }
}
