using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Identity;
using TrunkPortal.Tests.Identity;

using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Seeding;

/// <summary>Sets process environment variables, so it runs alone (see <see cref="EnvironmentVariablesCollection"/>).</summary>
[Collection(EnvironmentVariablesCollection.Name)]
[Trait("Db", "Both")]
public sealed class SeedConfigurationTests
{
    [Fact]
    [Trait("Rule", "R1")]
    public async Task Seeder_ShouldUseEnvironmentPassword_WhenEnvironmentVariableOverridesSeed()
    {
        const string variable = "Seed__Accounts__0__AdminPassword";
        const string overridden = "Env-Override-Pass-2026!";
        Environment.SetEnvironmentVariable(variable, overridden);
        try
        {
            await using var app = new PortalAppFactory();
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var acmeAdmin = (await users.FindByEmailAsync("admin@acme.test"))!;

            Assert.True(await users.CheckPasswordAsync(acmeAdmin, overridden));
            Assert.False(await users.CheckPasswordAsync(acmeAdmin, "Acme-Demo-Pass-2026!"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Seeder_ShouldSeedNothingButRoles_WhenProductionHasNoSeedSection()
    {
        await using var app = new PortalAppFactory("Production");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.Equal(0, await db.Accounts.CountAsync());
        Assert.Equal(0, await db.Trunks.CountAsync());
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(PortalRoles.All.Order(StringComparer.Ordinal), await db.Roles.Select(r => r.Name!).OrderBy(n => n).ToListAsync());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Seeder_ShouldSeedSupportInProduction_WhenOnlyEnvironmentVariablesConfigureIt()
    {
        Environment.SetEnvironmentVariable("Seed__Support__Email", "ops@example.test");
        Environment.SetEnvironmentVariable("Seed__Support__Password", "Ops-Support-Pass-2026!");
        try
        {
            await using var app = new PortalAppFactory("Production");
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            var user = Assert.Single(await db.Users.ToListAsync());
            Assert.Equal("ops@example.test", user.Email);
            Assert.Equal(0, await db.Accounts.CountAsync());
        }
        finally
        {
            Environment.SetEnvironmentVariable("Seed__Support__Email", null);
            Environment.SetEnvironmentVariable("Seed__Support__Password", null);
        }
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Start_ShouldFailWithSeedHint_WhenSeedPasswordBreaksThePasswordRules()
    {
        const string variable = "Seed__Accounts__0__AdminPassword";
        Environment.SetEnvironmentVariable(variable, "short");
        try
        {
            await using var app = new PortalAppFactory();

            var error = Assert.Throws<InvalidOperationException>(() => app.Services);

            Assert.Contains("Seed configuration", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
