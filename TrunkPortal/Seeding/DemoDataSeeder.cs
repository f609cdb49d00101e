using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Api.Keys;
using TrunkPortal.Data;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;
using TrunkPortal.Identity;

namespace TrunkPortal.Seeding;

/// <summary>
/// Creates the roles if missing, then, only while the Accounts table is empty, the configured demo accounts,
/// their admins and trunks, and the support user. Running it again changes nothing.
/// </summary>
internal sealed class DemoDataSeeder(
    AppDbContext db,
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<SeedOptions> options,
    TimeProvider timeProvider,
    SbcAllocator sbcAllocator,
    ApiKeyService apiKeys,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in PortalRoles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if (await db.Accounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var seed = options.Value;
        foreach (var accountOptions in seed.Accounts.Where(a => !string.IsNullOrWhiteSpace(a.Name)))
        {
            var account = await AddAccountAsync(accountOptions, cancellationToken);
            if (!string.IsNullOrWhiteSpace(accountOptions.AdminEmail))
            {
                await AddUserAsync(
                    accountOptions.AdminEmail, accountOptions.AdminPassword, $"{account.Name} admin",
                    account.Id, PortalRoles.AccountAdmin);
            }
            if (!string.IsNullOrWhiteSpace(accountOptions.ApiKey))
            {
                // Scripts and QA can call the API on a fresh start; only the key's hash is stored (R3).
                await apiKeys.SeedApiKeyAsync(account.Id, "Demo key", accountOptions.ApiKey, cancellationToken);
            }
        }

        if (!string.IsNullOrWhiteSpace(seed.Support.Email))
        {
            await AddUserAsync(seed.Support.Email, seed.Support.Password, seed.Support.Email, null, PortalRoles.Support);
        }
    }

    private async Task<Account> AddAccountAsync(SeedAccountOptions seedAccount, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var account = new Account
        {
            Id = Guid.NewGuid(),
            Name = seedAccount.Name.Trim(),
            // An account cannot be younger than its oldest trunk.
            CreatedAt = seedAccount.Trunks.Select(t => t.CreatedAt).Append(now).Min(),
            MeteredActive = seedAccount.MeteredActive,
            UnlimitedActive = seedAccount.UnlimitedActive,
        };
        db.Accounts.Add(account);
        db.Trunks.AddRange(seedAccount.Trunks.Select(t => SeedTrunk(account.Id, t)));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded demo account {Account} with {Trunks} trunk(s).", account.Name, seedAccount.Trunks.Count);
        return account;
    }

    /// <summary>A static trunk as the wizard would have made it, with the legacy SBC addresses of its era (N1).</summary>
    private TrunkEntity SeedTrunk(Guid accountId, SeedTrunkOptions options)
    {
        var settings = new TrunkRequest
        {
            Type = TrunkType.Static,
            Name = options.Name,
            Location = options.Location,
            ChannelLimit = options.ChannelLimit,
            BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
            Codecs = [Codec.Pcmu, Codec.Pcma],
            SourceHosts = [.. options.SourceHosts],
            DestinationHosts = [.. options.DestinationHosts],
        };
        TrunkDefaults.ApplyCreateDefaults(settings);
        var trunk = new TrunkEntity
        {
            Id = Guid.NewGuid(),
            AccountId = accountId,
            AdminStatus = AdminStatus.Enabled,
            ActionStatus = ActionStatus.Success,
            CreatedAt = options.CreatedAt,
        };
        trunk.ApplySettings(settings);
        trunk.ApplySbc(sbcAllocator.Allocate(trunk.Location, trunk.Type, trunk.Tls, legacyAccount: true, trunk.Id));
        return trunk;
    }

    private async Task AddUserAsync(string email, string password, string displayName, Guid? accountId, string role)
    {
        if (await userManager.FindByEmailAsync(email) is not null)
        {
            return;
        }
        var user = new PortalUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            AccountId = accountId,
        };
        Check(await userManager.CreateAsync(user, password), $"user {email}");
        Check(await userManager.AddToRoleAsync(user, role), $"role {role} for {email}");
        logger.LogInformation("Seeded demo user {Email} ({Role}).", email, role);
    }

    // A demo password that breaks the password rules must stop the start, not leave a half-seeded database silently.
    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Seeding {what} failed: {string.Join(" ", result.Errors.Select(e => e.Description))} "
                + "Fix the Seed configuration section (or its environment variables) and start again.");
        }
    }
}
