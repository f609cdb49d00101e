using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Identity;
using TrunkPortal.Seeding;
using TrunkPortal.Tests.Identity;

using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Seeding;

[Trait("Db", "Both")]
public sealed class DemoDataSeederTests : IAsyncLifetime
{
    private readonly PortalAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Seeder_ShouldGiveEachAccountItsOwnAdmin_WhenDevelopmentStartsEmpty()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var accounts = await db.Accounts.ToDictionaryAsync(a => a.Name, a => a.Id);

        var acmeAdmin = await users.FindByEmailAsync("admin@acme.test");
        var legacyAdmin = await users.FindByEmailAsync("admin@legacy.test");
        var support = await users.FindByEmailAsync("support@trunkportal.test");

        Assert.Equal(["acme", "legacy"], accounts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(accounts["acme"], acmeAdmin!.AccountId);
        Assert.Equal(accounts["legacy"], legacyAdmin!.AccountId);
        Assert.Null(support!.AccountId);
        Assert.True(await users.IsInRoleAsync(acmeAdmin, PortalRoles.AccountAdmin));
        Assert.True(await users.IsInRoleAsync(support, PortalRoles.Support));
        Assert.False(await users.IsInRoleAsync(support, PortalRoles.AccountAdmin));
    }

    [Fact]
    [Trait("Rule", "N1")]
    public async Task Seeder_ShouldGiveLegacyOneTrunkFrom2025AndAcmeNone_WhenDevelopmentStartsEmpty()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var trunks = await db.Trunks.Join(db.Accounts, t => t.AccountId, a => a.Id, (t, a) => new { Account = a.Name, Trunk = t })
            .ToListAsync();

        var legacy = Assert.Single(trunks);
        Assert.Equal("legacy", legacy.Account);
        Assert.Equal("Legacy PBX", legacy.Trunk.Name);
        Assert.Equal(TrunkType.Static, legacy.Trunk.Type);
        Assert.Equal("FRANKFURT", legacy.Trunk.Location);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero), legacy.Trunk.CreatedAt);
        Assert.Equal(AdminStatus.Enabled, legacy.Trunk.AdminStatus);
        Assert.Equal(ActionStatus.Success, legacy.Trunk.ActionStatus);
    }

    [Fact]
    [Trait("Rule", "B1")]
    public async Task Seeder_ShouldActivateBothPlansOnAcmeAndMeteredOnlyOnLegacy_WhenDevelopmentStartsEmpty()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var plans = await db.Accounts.ToDictionaryAsync(a => a.Name, a => (a.MeteredActive, a.UnlimitedActive));

        Assert.Equal((true, true), plans["acme"]);
        Assert.Equal((true, false), plans["legacy"]);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Seeder_ShouldChangeNothing_WhenRunAgain()
    {
        await _app.Services.SeedDemoDataAsync();
        await _app.Services.SeedDemoDataAsync();

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(2, await db.Accounts.CountAsync());
        Assert.Equal(1, await db.Trunks.CountAsync());
        Assert.Equal(3, await db.Users.CountAsync());
        Assert.Equal(2, await db.Roles.CountAsync());
        Assert.Equal(3, await db.UserRoles.CountAsync());
    }
}
