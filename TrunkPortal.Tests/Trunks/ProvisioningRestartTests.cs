using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Tests.Components.Trunks;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>T3: an action recorded before a restart is completed by the provisioner of the next start.</summary>
[Trait("Db", "Both")]
public sealed class ProvisioningRestartTests : IAsyncLifetime
{
    private static readonly Actor _admin = new(ActorKind.User, "user-1", "Acme Admin", "127.0.0.1");
    private static readonly Dictionary<string, string?> _slow = new() { ["Provisioning:DelayMs"] = "600000" };

    private readonly TestDatabase _database = TestDatabase.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    [Trait("Rule", "T3")]
    public async Task PendingCreate_ShouldComplete_WhenTheAppRestartsAfterItFellDue()
    {
        Guid acme;
        Guid trunkId;
        await using (var first = new PortalAppFactory(settings: _slow, database: _database))
        {
            acme = await AccountIdAsync(first, "acme");
            var created = await first.Services.GetRequiredService<ITrunkService>()
                .CreateAsync(_admin, acme, TestTrunks.Static("Survives restart"));
            Assert.True(created.Succeeded, created.Message);
            trunkId = created.Value!.Trunk.Id;
            Assert.Equal(ActionStatus.Creating, created.Value.Trunk.Status.Action);
        }

        // The platform finished while the portal was down: the stored due time is now in the past.
        await using (var db = _database.OpenContext())
        {
            var trunk = await db.Trunks.SingleAsync(t => t.Id == trunkId);
            Assert.Equal(ActionStatus.Creating, trunk.ActionStatus);
            Assert.NotNull(trunk.ActionDueAt);
            trunk.ActionDueAt = DateTimeOffset.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync();
        }

        await using var second = new PortalAppFactory(settings: _slow, database: _database);
        var trunks = second.Services.GetRequiredService<ITrunkService>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        TrunkStatusView? status;
        do
        {
            await Task.Delay(100);
            status = (await trunks.GetStatusAsync(acme, trunkId)).Value;
        }
        while (status?.Action != ActionStatus.Success && DateTime.UtcNow < deadline);

        Assert.Equal(ActionStatus.Success, status?.Action);
    }

    private static async Task<Guid> AccountIdAsync(PortalAppFactory app, string name)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Accounts.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }
}
