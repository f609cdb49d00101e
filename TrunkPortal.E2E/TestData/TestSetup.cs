using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.Identity;
using TrunkPortal.ServiceAddresses;
using TrunkPortal.Trunks;

namespace TrunkPortal.E2E.TestData;

/// <summary>
/// Set-up through the app's own services, to keep flows short where the flow under test is not the wizard:
/// a fresh account with its admin, trunks made by <see cref="ITrunkService"/>, a service address.
/// </summary>
public static class TestSetup
{
    public const string AdminPassword = "E2e-Admin-Pass-2026!";

    /// <summary>A short unique suffix so that names never collide between tests sharing one app.</summary>
    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<TestAccount> CreateAccountAsync(this PortalAppFixture app, bool unlimited = true)
    {
        var name = Unique("e2e").Replace(' ', '-');
        var account = new Account
        {
            Id = Guid.NewGuid(),
            Name = name,
            CreatedAt = DateTimeOffset.UtcNow,
            MeteredActive = true,
            UnlimitedActive = unlimited,
        };
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync())
        {
            db.Accounts.Add(account);
            await db.SaveChangesAsync();
        }

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var email = $"admin@{name}.test";
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{name} admin", AccountId = account.Id };
        Check(await users.CreateAsync(user, AdminPassword));
        Check(await users.AddToRoleAsync(user, PortalRoles.AccountAdmin));
        return new TestAccount(account.Id, name, (email, AdminPassword));
    }

    /// <summary>Creates a trunk as the API would and waits until the provisioner finished it (SUCCESS).</summary>
    public static async Task<CreatedTrunk> CreateTrunkAsync(this PortalAppFixture app, Guid accountId, TrunkRequest request, bool waitForSuccess = true)
    {
        var trunks = app.Services.GetRequiredService<ITrunkService>();
        var created = await trunks.CreateAsync(Actor.System, accountId, request);
        Assert.True(created.Succeeded, $"Set-up trunk refused: {created.Message} {string.Join("; ", created.Errors.Select(e => $"{e.Property}: {e.Message}"))}");
        if (waitForSuccess)
        {
            await app.WaitForActionAsync(accountId, created.Value!.Trunk.Id, ActionStatus.Success);
        }
        return created.Value!;
    }

    /// <summary>An edit by the account's admin through the service (full replace, F5), waited until the platform answered.</summary>
    public static async Task UpdateTrunkAsync(this PortalAppFixture app, Guid accountId, Guid trunkId, Action<TrunkRequest> change)
    {
        var trunks = app.Services.GetRequiredService<ITrunkService>();
        var settings = (await trunks.GetAsync(accountId, trunkId))!.Settings.ToRequest();
        change(settings);
        var updated = await trunks.UpdateAsync(new Actor(ActorKind.User, "e2e", "e2e admin", "127.0.0.1"), accountId, trunkId, settings);
        Assert.True(updated.Succeeded, $"Set-up edit refused: {updated.Message}");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await trunks.GetStatusAsync(accountId, trunkId)).Value?.Action == ActionStatus.Updating)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Trunk {trunkId} stayed UPDATING.");
            await Task.Delay(100);
        }
    }

    public static async Task WaitForActionAsync(this PortalAppFixture app, Guid accountId, Guid trunkId, ActionStatus expected)
    {
        var trunks = app.Services.GetRequiredService<ITrunkService>();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var status = await trunks.GetStatusAsync(accountId, trunkId);
            if (status.Value?.Action == expected)
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Trunk {trunkId} stayed {status.Value?.Action}, expected {expected}.");
            await Task.Delay(100);
        }
    }

    /// <summary>What the portal stored for the account's trunk of that name, to prove what a flow chose reached the trunk.</summary>
    public static async Task<TrunkSettings> TrunkSettingsAsync(this PortalAppFixture app, Guid accountId, string name)
    {
        var trunks = app.Services.GetRequiredService<ITrunkService>();
        var page = await trunks.ListAsync(accountId, name, 0, 10);
        return Assert.Single(page.Results, t => t.Settings.Name == name).Settings;
    }

    public static async Task<ServiceAddress> CreateServiceAddressAsync(this PortalAppFixture app, Guid accountId, string name = "Head office")
    {
        using var scope = app.Services.CreateScope();
        var addresses = scope.ServiceProvider.GetRequiredService<ServiceAddressService>();
        var result = await addresses.CreateAsync(Actor.System, accountId, new ServiceAddressRequest
        {
            Name = name,
            Street = "1 Main Street",
            City = "New York",
            PostCode = "10001",
            CountryCode = "USA",
            CountryRegionCode = "US-NY",
        });
        Assert.True(result.Succeeded, $"Set-up service address refused: {string.Join("; ", result.Validation.Errors)}");
        return result.Address!;
    }

    private static int _sources;

    /// <summary>A source host no other test trunk has (S6: a source host belongs to one static trunk per data center).</summary>
    public static string NextSourceHost()
    {
        var n = Interlocked.Increment(ref _sources);
        return $"198.18.{n / 250 % 250}.{n % 250 + 1}";
    }

    public static TrunkRequest StaticRequest(string name, string location = "FRANKFURT") => new()
    {
        Type = TrunkType.Static,
        Name = name,
        Location = location,
        ChannelLimit = 10,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
        SourceHosts = [NextSourceHost()],
        DestinationHosts = ["192.0.2.20:5060"],
    };

    public static TrunkRequest RegisteredRequest(string name) => new()
    {
        Type = TrunkType.Registered,
        Name = name,
        Location = "FRANKFURT",
        ChannelLimit = 10,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
    };

    public static TrunkRequest AuthenticatedRequest(string name) => new()
    {
        Type = TrunkType.Authenticated,
        Name = name,
        Location = "FRANKFURT",
        ChannelLimit = 10,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
        RemoteFqdn = "sip.retellai.com",
        DigestAuthenticationEnabled = true,
    };

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
