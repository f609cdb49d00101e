using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>
/// Every screen through axe-core, including those no other flow opens. Each page object checks after its
/// navigations, wizard steps and dialogs (Infrastructure/Accessibility.cs); here the screens are only opened.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityTests(PortalAppFixture app)
{
    [Fact]
    [Trait("Area", "Accessibility")]
    public async Task EveryScreen_ShouldHaveNoSeriousAxeViolationsAndOneH1_ForAnAccountAdmin()
    {
        var account = await app.CreateAccountAsync();
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.StaticRequest(TestSetup.Unique("Tour")));
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var screen = new ScreenPage(page);
            foreach (var (path, heading) in new[]
            {
                ("/trunks", "SIP trunks"), ("/trunks/new", "Create SIP trunk"), ($"/trunks/{created.Trunk.Id}", created.Trunk.Settings.Name),
                ($"/trunks/{Guid.NewGuid()}", "Not found"), ("/account", $"Account {account.Name}"), ("/service-addresses", "Service addresses"),
                ("/audit", "Audit log"), ("/datacenters", "Data centers"), ("/api-keys", "API keys"), ("/not-found", "Not found"),
            })
            {
                await screen.OpenAsync(path);
                await Expect(screen.Heading(heading)).ToBeVisibleAsync();
            }
            await screen.OpenStaticAsync("/Account/Manage/ChangePassword");
            await Expect(screen.Heading("Change password")).ToBeVisibleAsync();
        });
    }

    [Fact]
    [Trait("Area", "Accessibility")]
    public async Task EveryScreen_ShouldHaveNoSeriousAxeViolationsAndOneH1_ForSupport()
    {
        var account = await app.CreateAccountAsync();
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.RegisteredRequest(TestSetup.Unique("Tour")));
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(DemoUsers.Support);
            var screen = new ScreenPage(page);
            foreach (var (path, heading) in new[]
            {
                ("/support", "Support console"), ("/support/edges", "SIP edges"), ($"/support/accounts/{account.Id}", $"Account {account.Name}"),
                ($"/support/accounts/{account.Id}/trunks/{created.Trunk.Id}", created.Trunk.Settings.Name),
                ($"/support/accounts/{account.Id}/trunks/{created.Trunk.Id}/edit", $"Edit {created.Trunk.Settings.Name}"),
            })
            {
                await screen.OpenAsync(path);
                await Expect(screen.Heading(heading)).ToBeVisibleAsync();
            }
        });
    }
}
