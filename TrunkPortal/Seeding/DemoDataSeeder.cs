using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
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
        }

        if (!string.IsNullOrWhiteSpace(seed.Support.Email))
        {
            await AddUserAsync(seed.Support.Email, seed.Support.Password, "Support", null, PortalRoles.Support);
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
        db.Trunks.AddRange(seedAccount.Trunks.Select(t => new TrunkEntity
        {
            Id = Guid.NewGuid(),
            AccountId = account.Id,
            Name = t.Name,
            Type = t.Type,
            Location = t.Location,
            ChannelLimit = t.ChannelLimit,
            AdminStatus = AdminStatus.Enabled,
            ActionStatus = ActionStatus.Success,
            CreatedAt = t.CreatedAt,
        }));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Seeded demo account {Account} with {Trunks} trunk(s).", account.Name, seedAccount.Trunks.Count);
        return account;
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
