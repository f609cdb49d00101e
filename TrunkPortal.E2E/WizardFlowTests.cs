using Microsoft.Playwright;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class WizardFlowTests(PortalAppFixture app)
{
    [Fact]
    public Task StaticTrunk_ShouldBeCreatedThroughTheWizard_AndGoCreatingToSuccessWithoutReload() => app.RunAsync(async page =>
    {
        await new SignInPage(page).SignInAsync(DemoUsers.AcmeAdmin);
        var wizard = new WizardPage(page);
        await wizard.OpenAsync();

        await wizard.ChooseProviderAsync("SIP trunk: static");
        await wizard.NextAsync();
        await wizard.ChoosePlanAsync("Metered");
        await wizard.SetChannelsAsync(20);
        await wizard.NextAsync();
        await wizard.SetNameAsync("E2E static");
        await wizard.SelectDataCenterAsync("FRANKFURT");
        await wizard.NextAsync();
        await wizard.AddSourceAsync("192.0.2.10");
        await wizard.AddDestinationAsync("192.0.2.20");
        await Expect(page.GetByText("192.0.2.20:5060")).ToBeVisibleAsync();
        await wizard.NextAsync();
        await Expect(page.GetByTestId("traffic-diagram")).ToBeVisibleAsync();
        var dialog = await wizard.PayNowAsync();

        await Expect(dialog.Field("Trunk FQDN")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(@"\.eu\.sip\.voice\.infobip\.com$"));
        await dialog.AcknowledgeAsync();
        var list = new TrunkListPage(page);
        await page.WaitForURLAsync("**/trunks");
        await Expect(list.ActionBadge("E2E static")).ToHaveTextAsync("SUCCESS", new() { Timeout = 15_000 });
    });
}
