using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>
/// The reads come from a per-account cache (benchmark 1); these prove that no committed write, whoever makes it,
/// leaves a read behind, and that an uncommitted one is not read early.
/// </summary>
[Trait("Area", "Performance")]
[Trait("Db", "Both")]
public sealed class AccountTrunkCacheTests : TrunkServiceTestBase
{
    private IDbContextFactory<AppDbContext> Db => App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    [Fact]
    public async Task List_ShouldShowARename_WhenAnotherContextSavedIt()
    {
        var id = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Before"))).Value!.Trunk.Id;
        // The provisioner's own write must be done first: the trunk's Version token would refuse the direct write.
        await WaitForActionAsync(Acme, id, ActionStatus.Success);
        Assert.Equal("Before", (await Trunks.ListAsync(Acme, null, 0, 20)).Results.Single().Settings.Name);

        await using (var db = await Db.CreateDbContextAsync())
        {
            var trunk = await db.Trunks.SingleAsync(t => t.Id == id);
            trunk.Name = "After";
            await db.SaveChangesAsync();
        }

        Assert.Equal("After", (await Trunks.ListAsync(Acme, null, 0, 20)).Results.Single().Settings.Name);
        Assert.Equal("After", (await Trunks.GetAsync(Acme, id))!.Settings.Name);
    }

    [Fact]
    public async Task Reads_ShouldShareEachTrunksSettings_UntilItChanges()
    {
        var id = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Before"))).Value!.Trunk.Id;
        await WaitForActionAsync(Acme, id, ActionStatus.Success);

        var listed = (await Trunks.ListAsync(Acme, null, 0, 20)).Results.Single().Settings;
        Assert.Same(listed, (await Trunks.ListAsync(Acme, null, 0, 20)).Results.Single().Settings);
        Assert.Same(listed, (await Trunks.GetAsync(Acme, id))!.Settings);

        await using (var db = await Db.CreateDbContextAsync())
        {
            (await db.Trunks.SingleAsync(t => t.Id == id)).ChannelLimit = 7;
            await db.SaveChangesAsync();
        }

        var changed = (await Trunks.GetAsync(Acme, id))!.Settings;
        Assert.NotSame(listed, changed);
        Assert.Equal(7, changed.ChannelLimit);
        Assert.Equal(listed.Name, changed.Name);
    }

    [Fact]
    public void Snapshot_ShouldRefuseTheSettingsOfARowItDoesNotHold()
    {
        var held = new TrunkEntity { Id = Guid.NewGuid(), Name = "Held", Location = "FRANKFURT" };
        var snapshot = new AccountTrunks(0, [held]);

        Assert.Equal("Held", snapshot.SettingsOf(held).Name);
        Assert.Throws<ArgumentException>(() => snapshot.SettingsOf(new TrunkEntity { Id = held.Id, Name = "Copy" }));
    }

    [Fact]
    public async Task Get_ShouldShowAWriteOnlyOnceItsTransactionCommits_WhenTheWriterHoldsATransaction()
    {
        var id = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Before"))).Value!.Trunk.Id;
        await WaitForActionAsync(Acme, id, ActionStatus.Success);

        await using var db = await Db.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var trunk = await db.Trunks.SingleAsync(t => t.Id == id);
        trunk.Name = "After";
        await db.SaveChangesAsync();

        Assert.Equal("Before", (await Trunks.GetAsync(Acme, id))!.Settings.Name);
        await transaction.CommitAsync();
        Assert.Equal("After", (await Trunks.GetAsync(Acme, id))!.Settings.Name);
    }

    [Fact]
    public async Task List_ShouldDropADeletedRowAndKeepTheOtherAccount_WhenOneAccountChanges()
    {
        var kept = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Kept"))).Value!.Trunk.Id;
        var gone = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Gone"))).Value!.Trunk.Id;
        await WaitForActionAsync(Acme, gone, ActionStatus.Success);
        var legacyBefore = (await Trunks.ListAsync(Legacy, null, 0, 20)).TotalResults;
        Assert.Equal(2, (await Trunks.ListAsync(Acme, null, 0, 20)).TotalResults);

        await using (var db = await Db.CreateDbContextAsync())
        {
            db.Trunks.Remove(await db.Trunks.SingleAsync(t => t.Id == gone));
            await db.SaveChangesAsync();
        }

        var page = await Trunks.ListAsync(Acme, null, 0, 20);
        Assert.Equal(kept, page.Results.Single().Id);
        Assert.Null(await Trunks.GetAsync(Acme, gone));
        Assert.Equal(legacyBefore, (await Trunks.ListAsync(Legacy, null, 0, 20)).TotalResults);
    }

    [Fact]
    public async Task List_ShouldMatchTheNameIgnoringCaseAndPageInCreationOrder_WhenANameIsGiven()
    {
        foreach (var name in new[] { "Berlin A", "Paris", "berlin b", "Old BERLIN C" })
        {
            Assert.True((await Trunks.CreateAsync(Admin, Acme, StaticTrunk(name))).Succeeded);
        }

        var page = await Trunks.ListAsync(Acme, " berlin ", 1, 2);

        Assert.Equal(3, page.TotalResults);
        Assert.Equal(2, page.TotalPages);
        Assert.Equal("Old BERLIN C", page.Results.Single().Settings.Name);
    }
}
