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
        var seed = options.Value;
        var empty = !await db.Accounts.AnyAsync(cancellationToken);
        // Identity's password hashes (PBKDF2, 100,000 iterations each) are the seed's largest single cost: they run
        // on the thread pool while the roles and accounts are written, and are the very hashes CreateAsync stores.
        var hashes = empty ? HashPasswords(seed) : [];

        foreach (var role in PortalRoles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole(role)), $"role {role}");
            }
        }

        if (!empty)
        {
            return;
        }

        foreach (var accountOptions in seed.Accounts.Where(a => !string.IsNullOrWhiteSpace(a.Name)))
        {
            var account = await AddAccountAsync(accountOptions, cancellationToken);
            if (!string.IsNullOrWhiteSpace(accountOptions.AdminEmail))
            {
                await AddUserAsync(
                    accountOptions.AdminEmail, accountOptions.AdminPassword, hashes[accountOptions.AdminEmail],
                    $"{account.Name} admin", account.Id, PortalRoles.AccountAdmin);
            }
            if (!string.IsNullOrWhiteSpace(accountOptions.ApiKey))
            {
                // Scripts and QA can call the API on a fresh start; only the key's hash is stored (R3).
                await apiKeys.SeedApiKeyAsync(account.Id, "Demo key", accountOptions.ApiKey, cancellationToken);
            }
        }

        if (!string.IsNullOrWhiteSpace(seed.Support.Email))
        {
            await AddUserAsync(
                seed.Support.Email, seed.Support.Password, hashes[seed.Support.Email], seed.Support.Email, null,
                PortalRoles.Support);
        }
    }

    /// <summary>Each seeded user's password hash, started on the thread pool, by email (the first entry wins).</summary>
    private Dictionary<string, Task<string>> HashPasswords(SeedOptions seed) =>
        seed.Accounts
            .Where(a => !string.IsNullOrWhiteSpace(a.Name))
            .Select(a => (Email: a.AdminEmail, Password: a.AdminPassword))
            .Append((seed.Support.Email, seed.Support.Password))
            .Where(u => !string.IsNullOrWhiteSpace(u.Email))
            .DistinctBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(
                u => u.Email,
                u => Task.Run(() => userManager.PasswordHasher.HashPassword(new PortalUser(), u.Password)),
                StringComparer.OrdinalIgnoreCase);

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

    private async Task AddUserAsync(
        string email, string password, Task<string> passwordHash, string displayName, Guid? accountId, string role)
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
        // What CreateAsync(user, password) does, with the hash computed ahead: the password rules, then the hash.
        Check(await ValidatePasswordAsync(user, password), $"user {email}");
        user.PasswordHash = await passwordHash;
        Check(await userManager.CreateAsync(user), $"user {email}");
        Check(await userManager.AddToRoleAsync(user, role), $"role {role} for {email}");
        logger.LogInformation("Seeded demo user {Email} ({Role}).", email, role);
    }

    private async Task<IdentityResult> ValidatePasswordAsync(PortalUser user, string password)
    {
        var errors = new List<IdentityError>();
        foreach (var validator in userManager.PasswordValidators)
        {
            errors.AddRange((await validator.ValidateAsync(userManager, user, password)).Errors);
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
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
