using System.Text.RegularExpressions;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>One trunk of every kind through the wizard, each in a fresh account: the dialog after "Pay now", then the list.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class TrunkCreationTests(PortalAppFixture app)
{
    [Fact]
    [Trait("Rule", "N2")]
    [Trait("Rule", "F1")]
    public Task StaticTrunk_ShouldShowItsFqdnAndNoSecrets_WhenCreatedThroughTheWizard() => CreateAsync(
        "SIP trunk: static", "SIP trunk (static)",
        mainSettings: wizard => wizard.SelectDataCenterAsync("FRANKFURT"),
        ipConfiguration: async wizard =>
        {
            await wizard.AddSourceAsync(TestSetup.NextSourceHost());
            await wizard.AddDestinationAsync("192.0.2.20");
        },
        dialog: async d =>
        {
            await Expect(d.Field("Trunk FQDN")).ToHaveValueAsync(EuFqdn());
            await Expect(d.Warning).ToBeHiddenAsync();
        });

    [Fact]
    [Trait("Rule", "S1")]
    public Task StaticTrunk_ShouldStopAtTheIpStepOrAddTheHost_WhenNextIsPressedWithAHostTypedButNotAdded() => CreateAsync(
        "SIP trunk: static", "SIP trunk (static)",
        mainSettings: wizard => wizard.SelectDataCenterAsync("FRANKFURT"),
        ipConfiguration: async wizard =>
        {
            await wizard.AddDestinationAsync("192.0.2.20");
            var source = TestSetup.NextSourceHost();
            await wizard.SourceInput.FillAsync("0" + source);
            await wizard.NextAsync();

            await Expect(wizard.ActiveStep).ToContainTextAsync("leading zero");
            await Expect(wizard.SelectedStep("IP configuration")).ToBeVisibleAsync();
            await Expect(wizard.SourceInput).ToHaveValueAsync("0" + source);

            await wizard.SourceInput.FillAsync(source);
            await wizard.ContinueToAsync("Review order");
            await Expect(wizard.ActiveStep).ToContainTextAsync(source);
            await wizard.BackAsync();
            await Expect(wizard.HostItem(source)).ToBeVisibleAsync();
        },
        dialog: d => Expect(d.Field("Trunk FQDN")).ToHaveValueAsync(EuFqdn()));

    [Fact]
    public async Task IpStep_ShouldShowItsFieldLabelsWhole()
    {
        var account = await app.CreateAccountAsync();
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.OpenAsync();
            await wizard.ChooseProviderAsync("SIP trunk: static");
            await wizard.ContinueToAsync("Plan and channels");
            await wizard.ContinueToAsync("Main settings");
            await wizard.SetNameAsync(TestSetup.Unique("Labels"));
            await wizard.ContinueToAsync("IP configuration");

            // A label cut off by a narrow field is wider inside than the room it is given.
            var cut = await wizard.ActiveStep.Locator("label")
                .EvaluateAllAsync<string[]>("labels => labels.filter(l => l.scrollWidth > l.clientWidth + 1).map(l => l.textContent)");
            Assert.Empty(cut);
        });
    }

    [Fact]
    public async Task Review_ShouldDrawTheTrafficDiagramWithReadableText()
    {
        var account = await app.CreateAccountAsync();
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.ReviewRegisteredTrunkAsync(TestSetup.Unique("Diagram"));

            // The drawn size, after the SVG is scaled into its column: at least as large as the page's body text (14 px).
            var heights = await page.Locator("[data-testid=traffic-diagram] text")
                .EvaluateAllAsync<double[]>("texts => texts.map(t => t.getBoundingClientRect().height)");
            Assert.NotEmpty(heights);
            Assert.All(heights, h => Assert.True(h >= 14, $"a diagram label is drawn {h:0.0} px high"));
        });
    }

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "R3")]
    public Task RegisteredTrunk_ShouldShowUsernameAndPasswordOnce_WhenCreatedThroughTheWizard() => CreateAsync(
        "SIP trunk: registered", "SIP trunk (registered)",
        mainSettings: _ => Task.CompletedTask,
        dialog: async d =>
        {
            await Expect(d.Warning).ToBeVisibleAsync();
            await Expect(d.Field("Username")).Not.ToBeEmptyAsync();
            await Expect(d.Field("Password")).Not.ToBeEmptyAsync();
        });

    [Theory]
    [InlineData("ElevenLabs", "sip.rtc.elevenlabs.io:5061")]
    [InlineData("Retell AI", "sip.retellai.com")]
    [InlineData("Vapi", "sip.vapi.ai")]
    [Trait("Rule", "A5")]
    [Trait("Rule", "A4")]
    public Task AuthenticatedTrunk_ShouldUseThePresetFqdn_WhenCreatedWithAPreset(string preset, string fqdn) => CreateAsync(
        "SIP trunk: authenticated", "SIP trunk (authenticated)",
        preset: wizard => wizard.ChoosePresetAsync(preset),
        mainSettings: async wizard =>
        {
            await Expect(wizard.Field("FQDN")).ToHaveValueAsync(fqdn);
            await Expect(wizard.Field("FQDN")).ToHaveAttributeAsync("readonly", "");
        },
        dialog: async d =>
        {
            await Expect(d.Warning).ToBeVisibleAsync();
            await Expect(d.Field("Header value (X-IB-AccessCode)")).Not.ToBeEmptyAsync();
            await Expect(d.Field("Infobip trunk FQDN")).ToHaveValueAsync(EuFqdn());
        });

    [Fact]
    [Trait("Rule", "A2")]
    [Trait("Rule", "A4")]
    public Task AuthenticatedTrunk_ShouldIssueDigestCredentials_WhenCreatedForAnotherPlatform() => CreateAsync(
        "SIP trunk: authenticated", "SIP trunk (authenticated)",
        preset: wizard => wizard.ChoosePresetAsync("Other platform"),
        mainSettings: async wizard =>
        {
            await wizard.FillAsync("FQDN", "sip.voicebot.example.com:5061");
            await wizard.SetSwitchAsync("DIGEST Authentication", true);
        },
        dialog: async d =>
        {
            await Expect(d.Field("Header value (X-IB-AccessCode)")).Not.ToBeEmptyAsync();
            await Expect(d.Field("Inbound DIGEST username")).Not.ToBeEmptyAsync();
            await Expect(d.Field("Inbound DIGEST password")).Not.ToBeEmptyAsync();
        });

    [Fact]
    [Trait("Rule", "P1")]
    public Task FreshworksTrunk_ShouldBeCreated_WithTwilioSidAndSipDomain() => CreateAsync(
        "Freshworks", "Freshworks",
        mainSettings: async wizard =>
        {
            await wizard.FillAsync("Twilio Account SID", "AC0123456789abcdef0123456789abcdef");
            await wizard.FillAsync("Destination Host", "e2e-shop.sip.twilio.com");
        },
        dialog: d => Expect(d.Warning).ToBeHiddenAsync());

    [Fact]
    [Trait("Rule", "P2")]
    public Task GenesysTrunk_ShouldTakeItsRegionFromTheLoginUrl() => CreateAsync(
        "Genesys PureCloud", "Genesys PureCloud",
        mainSettings: async wizard =>
        {
            await wizard.FillAsync("Genesys login URL", "https://login.mypurecloud.de");
            await Expect(wizard.Select("Genesys region")).ToHaveTextAsync("EU Central 1 (EU_CENTRAL_1)");
        },
        dialog: d => Expect(d.Field("Trunk FQDN")).ToHaveValueAsync(EuFqdn()),
        dataCenter: "FRANKFURT");

    [Fact]
    [Trait("Rule", "P3")]
    [Trait("Rule", "U1")]
    public async Task CiscoWebexTrunk_ShouldBeCreatedInTheUs_WithAServiceAddress()
    {
        var account = await app.CreateAccountAsync();
        var address = await app.CreateServiceAddressAsync(account.Id, TestSetup.Unique("Office"));
        await CreateAsync(
            "Cisco Webex", "Cisco Webex",
            mainSettings: async wizard =>
            {
                await wizard.SelectServiceAddressAsync(address.Name);
                await wizard.FillAsync("Cisco organization ID", Guid.NewGuid().ToString());
            },
            dialog: d => Expect(d.Field("Trunk FQDN")).ToHaveValueAsync(new Regex(@"\.us-east\.sip\.voice\.infobip\.com$")),
            dataCenter: "NEW_YORK",
            account: account);
    }

    [Fact]
    [Trait("Rule", "P4")]
    public Task OpenAiRealtimeTrunk_ShouldBeCreated_WithAProjectId() => CreateAsync(
        "OpenAI Realtime", "OpenAI Realtime",
        mainSettings: wizard => wizard.FillAsync("OpenAI Project ID", "proj_e2e123456"),
        dialog: d => Expect(d.Warning).ToBeHiddenAsync());

    [Fact]
    [Trait("Rule", "F2")]
    [Trait("Rule", "F1")]
    public async Task RegisteredTrunk_ShouldKeepDtmfFaxNumberFormatAndAnonymization_WhenChosenWithOneClickEach()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Choices");
        await CreateAsync(
            "SIP trunk: registered", "SIP trunk (registered)",
            mainSettings: async wizard =>
            {
                await Expect(wizard.Choice("DTMF", "RFC2833")).ToBeCheckedAsync();
                await wizard.ChooseSettingAsync("DTMF", "INBAND");
                await wizard.ChooseSettingAsync("Fax", "T38");
                await wizard.ChooseSettingAsync("Number format", "US_NATIONAL (4155550100)");
                await wizard.ChooseSettingAsync("Anonymization", "ASSERTED_IDENTITY");
            },
            dialog: _ => Task.CompletedTask,
            account: account,
            name: name);

        var settings = await app.TrunkSettingsAsync(account.Id, name);
        Assert.Equal((Dtmf.Inband, Fax.T38, NumberFormat.UsNational, Anonymization.AssertedIdentity),
            (settings.Dtmf, settings.Fax, settings.NumberFormat, settings.Anonymization));
    }

    /// <summary>Provider, plan, main settings (name plus <paramref name="mainSettings"/>), IP step for static trunks, review, Pay now, list.</summary>
    private async Task CreateAsync(string providerTitle, string kindName, Func<WizardPage, Task> mainSettings, Func<CredentialsDialog, Task> dialog,
        Func<WizardPage, Task>? preset = null, Func<WizardPage, Task>? ipConfiguration = null, string dataCenter = "FRANKFURT",
        TestAccount? account = null, string? name = null, [System.Runtime.CompilerServices.CallerMemberName] string testName = "")
    {
        account ??= await app.CreateAccountAsync();
        name ??= TestSetup.Unique(kindName);
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.OpenAsync();
            await wizard.ChooseProviderAsync(providerTitle);
            if (preset is not null)
            {
                await preset(wizard);
            }
            await wizard.ContinueToAsync("Plan and channels");
            await wizard.ChoosePlanAsync("Metered");
            await wizard.SetChannelsAsync(20);
            await wizard.ContinueToAsync("Main settings");
            await wizard.SetNameAsync(name);
            await mainSettings(wizard);
            if (ipConfiguration is not null)
            {
                await wizard.ContinueToAsync("IP configuration");
                await ipConfiguration(wizard);
            }
            await wizard.ContinueToAsync("Review order");
            var created = await wizard.PayNowAsync();
            await dialog(created);
            await created.AcknowledgeAsync();

            var list = new TrunkListPage(page);
            await Expect(page).ToHaveURLAsync(new Regex("/trunks$"));
            await Expect(list.KindCell(name)).ToHaveTextAsync(kindName);
            await Expect(list.Row(name)).ToContainTextAsync(dataCenter);
            await Expect(list.ActionBadge(name)).ToHaveTextAsync("SUCCESS");
            await Expect(list.AdminBadge(name)).ToHaveTextAsync("ENABLED");
        }, testName);
    }

    [GeneratedRegex(@"^[0-9a-f-]{36}\.eu\.sip\.voice\.infobip\.com$")]
    private static partial Regex EuFqdn();
}
