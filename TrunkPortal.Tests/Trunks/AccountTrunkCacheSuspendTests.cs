using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;

namespace TrunkPortal.Tests.Trunks;

/// <summary>
/// The cache's pass-through mode (what an instance on PostgreSQL uses while it does not hear the database's
/// notifications), driven by hand. SQLite only: it writes behind the cache with ExecuteUpdate, which only SQLite
/// cannot hear; on PostgreSQL the trigger reports that write too, and TwoInstancesTests prove the listener's own
/// suspend, clear and resume.
/// </summary>
[Trait("Area", "Performance")]
[Trait("Db", "Sqlite")]
public sealed class AccountTrunkCacheSuspendTests : TrunkServiceTestBase
{
    private IDbContextFactory<AppDbContext> Db => App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    [Fact]
    public async Task List_ShouldReadTheDatabase_WhileSuspended_AndStoreAgainOnlyAfterResume()
    {
        var id = (await Trunks.CreateAsync(Admin, Acme, StaticTrunk("Before"))).Value!.Trunk.Id;
        await WaitForActionAsync(Acme, id, ActionStatus.Success);
        var cache = App.Services.GetRequiredService<TrunkPortal.Trunks.AccountTrunkCache>();
        Assert.False(cache.IsSuspended);
        Assert.Equal("Before", await ListedNameAsync());

        // ExecuteUpdate bypasses the interceptor: only what the cache does decides what is read.
        await RenameBehindTheCacheAsync(id, "Unheard");
        Assert.Equal("Before", await ListedNameAsync());
        cache.Suspend();
        Assert.Equal("Unheard", await ListedNameAsync());
        await RenameBehindTheCacheAsync(id, "Still suspended");
        Assert.Equal("Still suspended", await ListedNameAsync());

        cache.Resume();
        Assert.Equal("Still suspended", await ListedNameAsync());
        await RenameBehindTheCacheAsync(id, "Cleared");
        Assert.Equal("Still suspended", await ListedNameAsync());
        cache.Clear();
        Assert.Equal("Cleared", await ListedNameAsync());
    }

    private async Task<string> ListedNameAsync() => (await Trunks.ListAsync(Acme, null, 0, 20)).Results.Single().Settings.Name;

    private async Task RenameBehindTheCacheAsync(Guid id, string name)
    {
        await using var db = await Db.CreateDbContextAsync();
        await db.Trunks.Where(t => t.Id == id).ExecuteUpdateAsync(set => set.SetProperty(t => t.Name, name));
    }
}
