using Bunit;
using TrunkPortal.Components.Pages.Trunks.Create;
using TrunkPortal.Components.Pages.Trunks.Create.Steps;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>Each wizard step rendered alone with a real WizardContext read from the seeded accounts.</summary>
public sealed class WizardStepsTests : PortalContext
{
    private static readonly string[] _kindLabels =
    [
        "SIP trunk type", "Codec", "DTMF", "TLS encryption", "SIP Options", "Invite Challenge Authentication",
        "DIGEST Authentication", "Header Value", "Twilio Account SID", "Destination Host", "Genesys login URL",
        "Cisco organization ID", "OpenAI Project ID",
    ];

    public WizardStepsTests() => RenderProviders();

    private IRenderedComponent<MainSettingsStep> RenderMain(TrunkDraft draft, WizardContext context, IReadOnlyDictionary<string, string>? errors = null) =>
        Render<MainSettingsStep>(p => p
            .Add(s => s.Draft, draft)
            .Add(s => s.Context, context)
            .Add(s => s.Errors, errors ?? new Dictionary<string, string>()));

    [Theory]
    [Trait("Rule", "F1")]
    [InlineData(TrunkType.Static, null, "SIP trunk type|Codec|DTMF|TLS encryption|SIP Options")]
    [InlineData(TrunkType.Registered, null, "SIP trunk type|Codec|DTMF|TLS encryption|Invite Challenge Authentication")]
    [InlineData(TrunkType.Authenticated, null, "SIP trunk type|Codec|DTMF|TLS encryption|DIGEST Authentication|Header Value")]
    [InlineData(TrunkType.Provider, ProviderType.Freshworks, "Twilio Account SID|Destination Host")]
    [InlineData(TrunkType.Provider, ProviderType.GenesysCloud, "TLS encryption|Genesys login URL")]
    [InlineData(TrunkType.Provider, ProviderType.CiscoWebex, "TLS encryption|Cisco organization ID")]
    [InlineData(TrunkType.Provider, ProviderType.OpenAiRealtime, "TLS encryption|OpenAI Project ID")]
    public async Task MainSettings_ShouldShowOnlyTheKindsFields_WhenAKindIsChosen(TrunkType type, ProviderType? provider, string expected)
    {
        var choice = new TrunkKind(type, provider);
        var draft = new TrunkDraft();
        draft.Choose(choice);

        var cut = RenderMain(draft, await WizardContextAsync(Acme));

        var shown = expected.Split('|');
        foreach (var label in _kindLabels)
        {
            Assert.True(shown.Contains(label) == cut.Markup.Contains(label, StringComparison.Ordinal),
                $"{choice}: '{label}' should {(shown.Contains(label) ? "" : "not ")}be shown.");
        }
        Assert.Contains("SIP trunk name", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("Datacenter location", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("International calls", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Provider_ShouldOfferEveryKindInTheSeedsOrder_WithItsTitleAndPurpose()
    {
        var draft = new TrunkDraft();

        var cut = Render<ProviderStep>(p => p.Add(s => s.Draft, draft));
        var offered = cut.FindAll("label.mud-radio").Select(r => string.Join("|", r.QuerySelectorAll("p").Select(t => t.TextContent.Trim())));

        Assert.Equal(
        [
            "SIP trunk: static|Your PBX or SBC has fixed IP addresses; traffic is allowed by source and destination IP.",
            "SIP trunk: registered|Your PBX registers to the platform with a username and password; no fixed IP needed.",
            "SIP trunk: authenticated|Connect an AI voice platform (ElevenLabs, Retell AI, Vapi or another) over TLS with an access code and DIGEST credentials.",
            "Freshworks|Use Freshcaller with this platform as the voice carrier (Twilio BYOC).",
            "Genesys PureCloud|Connect your Genesys Cloud contact center for inbound and outbound calls.",
            "Cisco Webex|Bring this platform as your carrier into Cisco Webex Calling (US only).",
            "OpenAI Realtime|Send calls straight to your OpenAI Realtime project over SIP.",
        ], offered);
    }

    [Fact]
    [Trait("Rule", "F2")]
    public async Task MainSettings_ShouldShowDtmfFaxNumberFormatAndAnonymizationAsLabelledChoices()
    {
        var draft = new TrunkDraft();
        draft.Choose(TrunkKind.Static);

        var cut = RenderMain(draft, await WizardContextAsync(Acme));

        var groups = cut.FindAll("[role=radiogroup][aria-labelledby]").ToDictionary(
            g => cut.Find($"#{g.GetAttribute("aria-labelledby")}").TextContent.Trim(),
            g => string.Join("|", g.QuerySelectorAll("label").Select(l => l.TextContent.Trim())));
        Assert.Equal("RFC2833|INBAND", groups["DTMF"]);
        Assert.Equal("NONE|INBAND|T38", groups["Fax"]);
        Assert.Equal("E164 (+14155550100)|INTERNATIONAL (0014155550100)|US_NATIONAL (4155550100)", groups["Number format"]);
        Assert.Equal("NONE|REMOTE_PARTY_ID|ASSERTED_IDENTITY|PREFERRED_IDENTITY", groups["Anonymization"]);
    }

    [Theory]
    [Trait("Rule", "F2")]
    [InlineData("DTMF", "INBAND")]
    [InlineData("Fax", "T38")]
    [InlineData("Number format", "US_NATIONAL (4155550100)")]
    [InlineData("Anonymization", "ASSERTED_IDENTITY")]
    public async Task MainSettings_ShouldSetTheDraft_WhenAChoiceIsClickedOnce(string group, string option)
    {
        var draft = new TrunkDraft();
        draft.Choose(TrunkKind.Static);
        var cut = RenderMain(draft, await WizardContextAsync(Acme));

        var radioGroup = cut.FindAll("[role=radiogroup][aria-labelledby]")
            .Single(g => cut.Find($"#{g.GetAttribute("aria-labelledby")}").TextContent.Trim() == group);
        radioGroup.QuerySelectorAll("label").Single(l => l.TextContent.Trim() == option).QuerySelector("input")!.Click();

        var r = draft.Request;
        var chosen = group switch
        {
            "DTMF" => r.Dtmf?.ToString(),
            "Fax" => r.Fax?.ToString(),
            "Number format" => r.NumberFormat?.ToString(),
            _ => r.Anonymization?.ToString(),
        };
        Assert.Equal(group switch
        {
            "DTMF" => nameof(Dtmf.Inband),
            "Fax" => nameof(Fax.T38),
            "Number format" => nameof(NumberFormat.UsNational),
            _ => nameof(Anonymization.AssertedIdentity),
        }, chosen);
    }

    [Fact]
    [Trait("Rule", "F3")]
    public async Task MainSettings_ShouldShowTheDomainsMessage_WhenTheNameIsMissing()
    {
        var draft = new TrunkDraft();
        var context = await WizardContextAsync(Acme);
        var errors = StepValidation.Validate(WizardStep.MainSettings, draft, context);

        var cut = RenderMain(draft, context, errors);

        Assert.True(errors.TryGetValue(nameof(TrunkRequest.Name), out var message));
        Assert.Contains(message, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F3")]
    public async Task MainSettings_ShouldKeepTheTypedName_WhenTheUserTypes()
    {
        var draft = new TrunkDraft();
        var cut = RenderMain(draft, await WizardContextAsync(Acme));

        cut.Find("input").Input("Berlin office");

        Assert.Equal("Berlin office", draft.Request.Name);
    }

    [Theory]
    [Trait("Rule", "B1")]
    [InlineData("acme", false)]
    [InlineData("legacy", true)]
    public async Task Plan_ShouldDisableUnlimitedWithAdvice_WhenThePlanIsNotActivated(string account, bool gated)
    {
        var context = await WizardContextAsync(account == "acme" ? Acme : Legacy);

        var cut = Render<PlanStep>(p => p.Add(s => s.Draft, new TrunkDraft()).Add(s => s.Context, context));

        var advice = cut.FindAll($"[data-testid=plan-unavailable-{BillingPackageType.Unlimited}]");
        Assert.Equal(gated, advice.Count == 1);
        if (gated)
        {
            Assert.Contains("contact your account manager or Support", advice[0].TextContent, StringComparison.Ordinal);
        }
        var unlimitedInput = cut.FindAll("input[type=radio]")[1];
        Assert.Equal(gated, unlimitedInput.HasAttribute("disabled"));
        Assert.Empty(cut.FindAll($"[data-testid=plan-unavailable-{BillingPackageType.Metered}]"));
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("NEW_YORK", true)]
    [InlineData("PORTLAND", true)]
    [InlineData("FRANKFURT", false)]
    public async Task MainSettings_ShouldStopAtTheServiceAddress_WhenAUsDataCenterHasNoAddress(string location, bool stops)
    {
        var draft = new TrunkDraft();
        draft.Request.Location = location;

        var cut = RenderMain(draft, await WizardContextAsync(Acme));

        Assert.Equal(stops, cut.FindAll("[data-testid=service-address-stop]").Count == 1);
        Assert.Equal(stops, cut.FindAll("[data-testid=create-service-address]").Count == 1);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public async Task MainSettings_ShouldRefuseTheStep_WhenAUsDataCenterHasNoAddress()
    {
        var draft = new TrunkDraft();
        draft.Request.Name = "NY office";
        draft.Request.Location = "NEW_YORK";

        var errors = StepValidation.Validate(WizardStep.MainSettings, draft, await WizardContextAsync(Acme));

        Assert.NotEmpty(errors);
    }

    [Fact]
    [Trait("Rule", "F2")]
    public async Task Codecs_ShouldKeepTheGivenOrder_WhenMovedAddedAndRemoved()
    {
        var draft = new TrunkDraft();
        var cut = RenderMain(draft, await WizardContextAsync(Acme));

        cut.Find("button[aria-label='Move PCMA up']").Click();
        cut.FindAll("button").First(b => b.TextContent.Contains("Add G729", StringComparison.Ordinal)).Click();
        cut.Find("button[aria-label='Move G729 up']").Click();

        Assert.Equal([Codec.Pcma, Codec.G729, Codec.Pcmu], draft.Request.Codecs);
        Assert.Equal(["1. PCMA", "2. G729", "3. PCMU"], cut.FindAll("[data-testid=codec-item]").Select(e => e.TextContent.Trim()));

        cut.Find("button[aria-label='Remove PCMA']").Click();

        Assert.Equal([Codec.G729, Codec.Pcmu], draft.Request.Codecs);
    }

    [Fact]
    [Trait("Rule", "F2")]
    public async Task Codecs_ShouldShowTheDomainsMessage_WhenAllAreRemoved()
    {
        var draft = new TrunkDraft();
        draft.Request.Name = "No codecs";
        draft.Request.Codecs = [];
        var context = await WizardContextAsync(Acme);
        var errors = StepValidation.Validate(WizardStep.MainSettings, draft, context);

        var cut = RenderMain(draft, context, errors);

        Assert.True(errors.TryGetValue(nameof(TrunkRequest.Codecs), out var message));
        Assert.Contains(message, cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<ReviewStep> RenderReview(TrunkDraft draft, WizardContext context) =>
        Render<ReviewStep>(p => p
            .Add(s => s.Draft, draft)
            .Add(s => s.Context, context)
            .Add(s => s.Steps, [WizardStep.Provider, WizardStep.Plan, WizardStep.MainSettings, WizardStep.Review]));

    [Theory]
    [Trait("Rule", "N1")]
    [InlineData("SINGAPORE", "safelist the primary and the backup")]
    [InlineData("FRANKFURT", "safelist the primary (this data center has no backup SBC)")]
    public async Task Review_ShouldNameOnlyTheSbcAddressesTheDialogShows_WhenTheAccountIsLegacy(string location, string note)
    {
        var draft = new TrunkDraft();
        draft.Choose(TrunkKind.Registered);
        draft.Request.Name = "Legacy PBX";
        draft.Request.Location = location;

        var cut = RenderReview(draft, await WizardContextAsync(Legacy));

        Assert.Contains(note, cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F1")]
    public async Task Review_ShouldSpellEveryChoiceAsTheWizardOffersIt_WhenTheTrunkIsStatic()
    {
        var draft = new TrunkDraft();
        draft.Request.Name = "Spelling";
        draft.Request.Fax = Fax.None;
        draft.Request.NumberFormat = NumberFormat.International;
        draft.Request.Anonymization = Anonymization.None;
        draft.Request.Dtmf = Dtmf.Rfc2833;

        var cut = RenderReview(draft, await WizardContextAsync(Acme));

        var text = cut.Markup;
        Assert.Contains("RFC2833", text, StringComparison.Ordinal);
        Assert.Contains("INTERNATIONAL", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">International<", text, StringComparison.Ordinal);
        Assert.DoesNotContain(">None<", text, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(text, ">NONE<"));
    }
}
