using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Components.Trunks;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>The real app (migrated SQLite file, seeded demo accounts, running provisioner) for service tests.</summary>
public abstract class TrunkServiceTestBase : IAsyncLifetime
{
    protected static readonly Actor Admin = new(ActorKind.User, "user-1", "Acme Admin", "127.0.0.1");

    protected TrunkServiceTestBase(int provisioningDelayMs = 0) =>
        App = new PortalAppFactory(settings: new Dictionary<string, string?> { ["Provisioning:DelayMs"] = provisioningDelayMs.ToString() });

    protected PortalAppFactory App { get; }

    protected ITrunkService Trunks => App.Services.GetRequiredService<ITrunkService>();

    protected Guid Acme { get; private set; }

    protected Guid Legacy { get; private set; }

    public async Task InitializeAsync()
    {
        Acme = await AccountIdAsync("acme");
        Legacy = await AccountIdAsync("legacy");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    protected async Task<Guid> AccountIdAsync(string name)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Accounts.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    protected async Task<TrunkEntity> StoredAsync(Guid trunkId)
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Trunks.AsNoTracking().SingleAsync(t => t.Id == trunkId);
    }

    protected async Task<TrunkStatusView> WaitForActionAsync(Guid accountId, Guid trunkId, ActionStatus expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var status = await Trunks.GetStatusAsync(accountId, trunkId);
            if (status.Value?.Action == expected || DateTime.UtcNow > deadline)
            {
                Assert.Equal(expected, status.Value?.Action);
                return status.Value!;
            }
            await Task.Delay(50);
        }
    }

    protected static TrunkRequest StaticTrunk(string name, string location = "FRANKFURT")
    {
        var request = TestTrunks.Static(name);
        request.Location = location;
        return request;
    }

    protected static TrunkRequest RegisteredTrunk(string name) => TestTrunks.Registered(name);

    protected static TrunkRequest AuthenticatedTrunk(string name, bool digest = true)
    {
        var request = TestTrunks.Authenticated(name);
        request.DigestAuthenticationEnabled = digest;
        return request;
    }
}
