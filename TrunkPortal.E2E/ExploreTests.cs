using Microsoft.Playwright;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;

namespace TrunkPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class ExploreTests(PortalAppFixture app)
{
    [Fact]
    public Task Dump() => app.RunAsync(async page =>
    {
        var acct = await app.CreateAccountAsync();
        await new SignInPage(page).SignInAsync(acct.Admin);
        var wizard = new WizardPage(page);
        await wizard.OpenAsync();
        await wizard.ChooseProviderAsync("Genesys PureCloud");
        await wizard.ContinueToAsync("Plan and channels");
        await wizard.ContinueToAsync("Main settings");
        await wizard.FillAsync("Genesys login URL", "https://login.mypurecloud.de");
        await page.WaitForTimeoutAsync(500);
        var html = await page.Locator(".mud-select").Last.EvaluateAsync<string>("e => e.outerHTML");
        File.WriteAllText("/tmp/e2e-dump.txt", html);
    });
}
