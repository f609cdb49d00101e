using System.Text.RegularExpressions;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>
/// The whole wizard with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows, typing; never a click): a static
/// trunk, the kind with the most steps (the IP step's host editors), from sign-in to the trunk in the list.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class KeyboardWizardTests(PortalAppFixture app)
{
    [Fact]
    [Trait("Area", "Accessibility")]
    [Trait("Rule", "S1")]
    public async Task StaticTrunk_ShouldBeCreated_WithTheKeyboardAlone()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Keyboard");
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInByKeyboardAsync(account.Admin);
            var list = new TrunkListPage(page);
            var wizard = await list.CreateTrunkByKeyboardAsync();

            await wizard.ChooseByKeyboardAsync("SIP trunk provider", "SIP trunk: static");
            await wizard.ContinueByKeyboardAsync("Plan and channels");
            await wizard.ChooseByKeyboardAsync("Channel plan", "Metered");
            await wizard.TypeByKeyboardAsync("Number of channels", "20");
            await wizard.ContinueByKeyboardAsync("Main settings");
            await wizard.TypeByKeyboardAsync("SIP trunk name", name);
            await wizard.SelectByKeyboardAsync("Datacenter location", "(FRANKFURT)");
            await wizard.ChooseByKeyboardAsync("DTMF", "INBAND");
            await wizard.ChooseByKeyboardAsync("Fax", "T38");
            await wizard.ContinueByKeyboardAsync("IP configuration");
            await wizard.AddHostByKeyboardAsync("Source IP or domain", TestSetup.NextSourceHost());
            await wizard.AddHostByKeyboardAsync("Destination IP or domain", "192.0.2.20");
            await wizard.ContinueByKeyboardAsync("Review order");
            await Expect(wizard.ActiveStep).ToContainTextAsync("INBAND");
            await Expect(wizard.ActiveStep).ToContainTextAsync("T38");
            var dialog = await wizard.PayNowByKeyboardAsync();
            await dialog.AcknowledgeByKeyboardAsync();

            await Expect(page).ToHaveURLAsync(new Regex("/trunks$"));
            await Expect(list.Row(name)).ToContainTextAsync("FRANKFURT");
            await Expect(list.ActionBadge(name)).ToHaveTextAsync("SUCCESS");
        });
    }
}
