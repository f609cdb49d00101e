using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Tests.Components.Trunks;
using TrunkPortal.Tests.Identity;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Security;

/// <summary>R1, R2 over HTTP: a signed-in account admin gets no support content from any /support URL.</summary>
[Trait("Db", "Both")]
public sealed class SupportPagesAccessTests : IAsyncLifetime
{
    private readonly PortalAppFactory _app = new(settings: new Dictionary<string, string?> { ["Provisioning:DelayMs"] = "0" });
    private Guid _acme;
    private Guid _legacy;
    private Guid _acmeTrunk;
    private Guid _legacyTrunk;

    public async Task InitializeAsync()
    {
        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        _acme = await db.Accounts.Where(a => a.Name == "acme").Select(a => a.Id).SingleAsync();
        _legacy = await db.Accounts.Where(a => a.Name == "legacy").Select(a => a.Id).SingleAsync();
        _legacyTrunk = await db.Trunks.Where(t => t.AccountId == _legacy).Select(t => t.Id).FirstAsync();
        var created = await _app.Services.GetRequiredService<ITrunkService>()
            .CreateAsync(new Actor(ActorKind.User, "setup", "setup", null), _acme, TestTrunks.Static("Acme HQ"));
        _acmeTrunk = created.Value!.Trunk.Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private async Task<string> PageAsync(string email, string password, string url)
    {
        var browser = _app.CreateBrowser();
        await StaticForm.SignInAsync(browser, email, password);
        var response = await browser.GetAsync(url);
        if (response.StatusCode == HttpStatusCode.Found)
        {
            // The authorization middleware may send a refused person to the access-denied page.
            Assert.DoesNotContain("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            response = await browser.GetAsync(response.Headers.Location);
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<string> AsAcmeAdminAsync(string url) => PageAsync("admin@acme.test", "Acme-Demo-Pass-2026!", url);

    [Fact]
    [Trait("Rule", "R2")]
    public async Task SupportConsole_ShouldRefuse_WhenAnAccountAdminOpensIt()
    {
        var page = await AsAcmeAdminAsync("/support");

        Assert.DoesNotContain("Find a trunk", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Legacy PBX", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public async Task SupportConsole_ShouldOpen_WhenSupportOpensIt()
    {
        var page = await PageAsync("support@trunkportal.test", "Support-Demo-Pass-2026!", "/support");

        Assert.Contains("Find a trunk", page, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task SupportAccountUrls_ShouldShowNoAccount_WhenAnAccountAdminOpensThem()
    {
        foreach (var account in new[] { _legacy, _acme })
        {
            var page = await AsAcmeAdminAsync($"/support/accounts/{account}");

            Assert.DoesNotContain("data-testid=\"account-name\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Save limits", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "R2")]
    public async Task SupportTrunkUrls_ShouldShowNoTrunkNorSupportActions_WhenAnAccountAdminOpensThem()
    {
        var other = await AsAcmeAdminAsync($"/support/accounts/{_legacy}/trunks/{_legacyTrunk}");
        var own = await AsAcmeAdminAsync($"/support/accounts/{_acme}/trunks/{_acmeTrunk}");

        Assert.DoesNotContain("Legacy PBX", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme HQ", own, StringComparison.Ordinal);
        Assert.DoesNotContain("support-panel", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Set SYSTEM_DISABLED", own, StringComparison.Ordinal);
        Assert.Contains("Not found", own, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task TrunkUrl_ShouldAnswerAlike_WhenTheTrunkIsAnotherAccountsOrUnknown()
    {
        var other = await AsAcmeAdminAsync($"/trunks/{_legacyTrunk}");
        var unknown = await AsAcmeAdminAsync($"/trunks/{Guid.NewGuid()}");

        Assert.Contains("Not found", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Legacy PBX", other, StringComparison.Ordinal);
        const string notFound = "There is no SIP trunk at this address, or it belongs to another account.";
        Assert.Contains(notFound, other, StringComparison.Ordinal);
        Assert.Contains(notFound, unknown, StringComparison.Ordinal);
    }
}
