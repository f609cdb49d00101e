using System.Text.RegularExpressions;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>Each limit is refused at the wizard step where it applies (L1, L3, L5), and US data centers stop for a service address (U1).</summary>
[Collection(SlowProvisioningCollection.Name)]
public sealed class LimitTests(SlowProvisioningFixture app)
{
    [Fact]
    [Trait("Rule", "L3")]
    [Trait("Rule", "L7")]
    public async Task FourthSourceIp_ShouldBeRefused_AtTheIpConfigurationStep()
    {
        var account = await app.CreateAccountAsync();
        await app.RunAsync(async page =>
        {
            var wizard = await StartAsync(page, account, "SIP trunk: static", TestSetup.Unique("Four sources"));
            await wizard.ContinueToAsync("IP configuration");
            await wizard.AddSourceAsync("192.0.2.1");
            await wizard.AddSourceAsync("192.0.2.2");
            await wizard.AddSourceAsync("192.0.2.3");

            await Expect(wizard.SourceInput).ToBeHiddenAsync();
            await Expect(wizard.SourceLimit).ToContainTextAsync("This trunk already has 3 source hosts, the limit per trunk is 3");
            await wizard.RemoveHostAsync("192.0.2.3");
            await Expect(wizard.SourceInput).ToBeVisibleAsync();
        });
    }

    [Fact]
    [Trait("Rule", "L5")]
    [Trait("Rule", "L7")]
    public async Task ThirdDataCenter_ShouldBeRefused_AtTheMainSettingsStep()
    {
        var account = await app.CreateAccountAsync();
        await app.CreateTrunkAsync(account.Id, TestSetup.StaticRequest(TestSetup.Unique("Frankfurt"), "FRANKFURT"), waitForSuccess: false);
        await app.CreateTrunkAsync(account.Id, TestSetup.StaticRequest(TestSetup.Unique("Singapore"), "SINGAPORE"), waitForSuccess: false);
        await app.RunAsync(async page =>
        {
            var wizard = await StartAsync(page, account, "SIP trunk: registered", TestSetup.Unique("Third DC"));
            await wizard.SelectDataCenterAsync("SAO_PAULO");
            await wizard.NextAsync();

            await Expect(wizard.ActiveStep).ToContainTextAsync("the limit is 2 different data centers per account, so SAO_PAULO cannot be added");
            await Expect(wizard.SelectedStep("Main settings")).ToBeVisibleAsync();
            await wizard.SelectDataCenterAsync("SINGAPORE");
            await wizard.ContinueToAsync("Review order");
        });
    }

    [Fact]
    [Trait("Rule", "L1")]
    [Trait("Rule", "L7")]
    public async Task EleventhTrunk_ShouldBeRefused_AtTheProviderStep()
    {
        var account = await app.CreateAccountAsync();
        for (var i = 0; i < 10; i++)
        {
            await app.CreateTrunkAsync(account.Id, TestSetup.RegisteredRequest(TestSetup.Unique("Filler")), waitForSuccess: false);
        }
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.OpenAsync();

            await Expect(wizard.LimitError).ToContainTextAsync("Your account already has 10 SIP trunks, and the limit is 10 per account");
            await wizard.NextAsync();
            await Expect(wizard.SelectedStep("Provider")).ToBeVisibleAsync();
            await Expect(wizard.StepTab("Plan and channels")).Not.ToHaveAttributeAsync("aria-selected", "true");
        });
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task UsDataCenter_ShouldStopForAServiceAddress_AndComeBackWithTheDraft()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("US trunk");
        var address = TestSetup.Unique("NY office");
        await app.RunAsync(async page =>
        {
            var wizard = await StartAsync(page, account, "SIP trunk: registered", name);
            await wizard.SelectDataCenterAsync("NEW_YORK");
            await Expect(wizard.ServiceAddressStop).ToContainTextAsync("needs a declared service address first");

            var addresses = await wizard.GoCreateServiceAddressAsync();
            await addresses.AddUsAddressAsync(address);
            await Expect(addresses.Snackbar).ToContainTextAsync("Saved service address");
            wizard = await addresses.BackToWizardAsync();
            // At once, not awaited: the toast would fade out by itself a few seconds later.
            Assert.Equal(0, await wizard.Page.Locator(".mud-snackbar").CountAsync());

            await Expect(wizard.SelectedStep("Main settings")).ToBeVisibleAsync();
            await Expect(wizard.Field("SIP trunk name")).ToHaveValueAsync(name);
            await Expect(wizard.Select("Datacenter location")).ToContainTextAsync("NEW_YORK");
            await Expect(wizard.ServiceAddressStop).ToBeHiddenAsync();
            await wizard.SelectServiceAddressAsync(address);
            await wizard.ContinueToAsync("Review order");
            var dialog = await wizard.PayNowAsync();
            await Expect(dialog.Field("Trunk FQDN")).ToHaveValueAsync(new Regex(@"\.us-east\.sip\.voice\.infobip\.com$"));
            await dialog.AcknowledgeAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/trunks$"));
            await Expect(new TrunkListPage(page).Row(name)).ToContainTextAsync("NEW_YORK");
        });
    }

    /// <summary>Signs in, opens the wizard, chooses the provider, keeps the default plan and names the trunk.</summary>
    private static async Task<WizardPage> StartAsync(Microsoft.Playwright.IPage page, TestAccount account, string provider, string name)
    {
        await new SignInPage(page).SignInAsync(account.Admin);
        var wizard = new WizardPage(page);
        await wizard.OpenAsync();
        await wizard.ChooseProviderAsync(provider);
        await wizard.ContinueToAsync("Plan and channels");
        await wizard.ContinueToAsync("Main settings");
        await wizard.SetNameAsync(name);
        return wizard;
    }
}
