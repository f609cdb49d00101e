using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TrunkPortal.Components.Pages.Trunks.Create;
using TrunkPortal.Components.Shared;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>The whole wizard page for acme's admin, over the real services.</summary>
public sealed class CreateTrunkWizardTests : PortalContext
{
    public CreateTrunkWizardTests() => RenderProviders();

    private static void Next(IRenderedComponent<CreateTrunkWizard> cut) =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == "Next").Click();

    private static void ChooseProvider(IRenderedComponent<CreateTrunkWizard> cut, string title) =>
        cut.FindAll("label").First(l => l.TextContent.Contains(title, StringComparison.Ordinal)).QuerySelector("input")!.Click();

    private static string ActiveStepTitle(IRenderedComponent<CreateTrunkWizard> cut) =>
        cut.Find("h2").TextContent.Trim();

    /// <summary>Next, then waits for <paramref name="heading"/>: the wizard's Next is asynchronous (it validates).</summary>
    private static void NextTo(IRenderedComponent<CreateTrunkWizard> cut, string heading)
    {
        Next(cut);
        cut.WaitForAssertion(() => Assert.Equal(heading, ActiveStepTitle(cut)));
    }

    [Fact]
    [Trait("Rule", "F3")]
    public async Task Next_ShouldStayOnMainSettingsWithTheMessage_WhenTheNameIsMissing()
    {
        var expected = StepValidation.Validate(WizardStep.MainSettings, new TrunkDraft(), await WizardContextAsync(Acme))["Name"];
        var cut = Render<CreateTrunkWizard>();
        cut.WaitForState(() => cut.FindAll("button").Any(b => b.TextContent.Trim() == "Next"));

        NextTo(cut, "Choose plan and channels");
        NextTo(cut, "Main trunk settings");
        Next(cut);

        cut.WaitForAssertion(() => Assert.True(cut.Markup.Contains(expected, StringComparison.Ordinal), cut.Markup[cut.Markup.IndexOf("SIP trunk name", StringComparison.Ordinal)..][..1500]));
        Assert.Equal("Main trunk settings", ActiveStepTitle(cut));
    }

    [Fact]
    [Trait("Rule", "B2")]
    public void Next_ShouldKeepTheTypedChannelCountAndSayTheRange_WhenItIsOverTheLimit()
    {
        var cut = Render<CreateTrunkWizard>();
        cut.WaitForState(() => cut.FindAll("button").Any(b => b.TextContent.Trim() == "Next"));
        NextTo(cut, "Choose plan and channels");

        var channels = cut.FindAll("input").First(i => i.GetAttribute("inputmode") == "numeric" || i.GetAttribute("type") == "number");
        channels.Change("1001");
        Next(cut);

        cut.WaitForAssertion(() => Assert.Contains("1001 is outside that range", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("Choose plan and channels", ActiveStepTitle(cut));
        Assert.Equal("1001", cut.FindAll("input").First(i => i.GetAttribute("inputmode") == "numeric" || i.GetAttribute("type") == "number").GetAttribute("value"));
    }

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "R3")]
    public async Task PayNow_ShouldShowTheCredentialsOnceAndGoToTheList_WhenARegisteredTrunkIsCreated()
    {
        var cut = Render<CreateTrunkWizard>();
        cut.WaitForState(() => cut.FindAll("button").Any(b => b.TextContent.Trim() == "Next"));
        ChooseProvider(cut, "SIP trunk: registered");
        // A registered trunk has no IP configuration step: the stepper is rebuilt without it.
        cut.WaitForAssertion(() => Assert.DoesNotContain("IP configuration", cut.Markup, StringComparison.Ordinal));
        NextTo(cut, "Choose plan and channels");
        NextTo(cut, "Main trunk settings");
        cut.Find("input").Input("Registered PBX");
        NextTo(cut, "Review order");

        cut.FindAll("button").First(b => b.TextContent.Contains("Pay now", StringComparison.Ordinal)).Click();

        var dialog = Dialogs.WaitForComponent<CredentialsDialog>();
        var secrets = dialog.Instance.Secrets!;
        Assert.False(string.IsNullOrEmpty(secrets.Password));
        var provider = Dialogs;
        Assert.Contains(secrets.Password, provider.Markup, StringComparison.Ordinal);
        Assert.Contains("shown only once", provider.Markup, StringComparison.Ordinal);

        provider.FindAll("button").First(b => b.TextContent.Contains("I have saved them", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/trunks", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.DoesNotContain(secrets.Password, provider.Markup, StringComparison.Ordinal);
        var created = (await Trunks.ListAsync(Acme, "Registered PBX", 0, 10)).Results.Single();
        Assert.Equal(secrets.Username, created.Username);
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void NextButton_ShouldSurviveTheStepperRebuild_WhenTheKindLosesTheIpStep()
    {
        var cut = Render<CreateTrunkWizard>();
        cut.WaitForState(() => cut.FindAll("button").Any(b => b.TextContent.Trim() == "Next"));
        var next = NextButton(cut);

        // A registered trunk has no IP configuration step, so choosing it rebuilds the stepper. A click on Next that
        // left the browser before the new markup arrived is dispatched to the button it was made on: that button
        // must still exist (Blazor maps a re-rendered button's old handler to its new one; a disposed one is gone).
        ChooseProvider(cut, "SIP trunk: registered");
        cut.WaitForAssertion(() => Assert.DoesNotContain("IP configuration", cut.Markup, StringComparison.Ordinal));

        Assert.Same(next, NextButton(cut));
        NextTo(cut, "Choose plan and channels");
    }

    private static MudButton NextButton(IRenderedComponent<CreateTrunkWizard> cut) =>
        cut.FindComponents<MudButton>().Single(b => b.Markup.Contains(">Next<", StringComparison.Ordinal)).Instance;

    [Fact]
    [Trait("Rule", "U1")]
    public void ServiceAddressLink_ShouldKeepTheDraftAndComeBack_WhenTheUserLeavesForAnAddress()
    {
        var cut = Render<CreateTrunkWizard>();
        cut.WaitForState(() => cut.FindAll("button").Any(b => b.TextContent.Trim() == "Next"));
        NextTo(cut, "Choose plan and channels");
        NextTo(cut, "Main trunk settings");
        cut.Find("input").Input("New York office");

        var link = cut.FindAll("a").First(a => a.TextContent.Trim() == "Create a service address");
        Assert.True(link.HasAttribute("blazor:onclick"), link.OuterHtml);
        link.Click();

        // bUnit's Click() does not wait for an asynchronous handler (MudLink awaits its OnClick), so the navigation
        // may land just after it returns.
        var navigation = Services.GetRequiredService<NavigationManager>();
        cut.WaitForAssertion(() => Assert.Contains("/service-addresses?returnUrl=", navigation.Uri, StringComparison.Ordinal));
        Assert.Contains(Uri.EscapeDataString("/trunks/new?resume=true"), navigation.Uri, StringComparison.Ordinal);

        navigation.NavigateTo("/trunks/new?resume=true");
        var back = Render<CreateTrunkWizard>();
        back.WaitForAssertion(() => Assert.Equal("New York office", back.Find("input").GetAttribute("value")));
        Assert.Equal("Main trunk settings", ActiveStepTitle(back));
    }

    [Fact]
    [Trait("Rule", "L1")]
    public async Task Provider_ShouldShowTheLimit_WhenTheAccountHasTenTrunks()
    {
        for (var i = 0; i < 10; i++)
        {
            await CreateAsync(Acme, TestTrunks.Static($"Trunk {i}"));
        }

        var cut = Render<CreateTrunkWizard>();

        cut.WaitForAssertion(() => Assert.Contains("10", cut.Find("[data-testid=limit-error]").TextContent, StringComparison.Ordinal));
        Next(cut);
        Assert.Equal("Choose the SIP trunk provider", ActiveStepTitle(cut));
    }

    /// <summary>A static trunk named <paramref name="name"/>, from the first step to its IP configuration.</summary>
    private IRenderedComponent<CreateTrunkWizard> RenderAtIpStep(string name)
    {
        var cut = Render<CreateTrunkWizard>();
        cut.WaitForState(() => cut.FindAll("button").Any(b => b.TextContent.Trim() == "Next"));
        NextTo(cut, "Choose plan and channels");
        NextTo(cut, "Main trunk settings");
        cut.Find("input").Input(name);
        NextTo(cut, "IP configuration");
        return cut;
    }

    /// <summary>"Source" or "Destination": the host list's input, found by its placeholder.</summary>
    private static AngleSharp.Dom.IElement HostInputOf(IRenderedComponent<CreateTrunkWizard> cut, string list) =>
        cut.Find($"input[placeholder='{(list == "Source" ? "192.0.2.10" : "192.0.2.20")}']");

    private static void AddHost(IRenderedComponent<CreateTrunkWizard> cut, string list, string host)
    {
        HostInputOf(cut, list).Input(host);
        cut.Find($"button[aria-label='Add {list} IP or domain']").Click();
        cut.WaitForAssertion(() => Assert.Contains(host, cut.Find("[data-testid=host-item]").TextContent, StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("Source", "010.0.0.1", "leading zero", "Destination", "203.0.113.20")]
    [InlineData("Destination", "100.100.100.102:70000", "65535", "Source", "203.0.113.12")]
    public void Next_ShouldStayAtTheIpStepKeepingTheTypedHostAndItsMessage_WhenTheTypedHostIsInvalid(
        string list, string typed, string message, string otherList, string otherHost)
    {
        // The other list has a host, so the step would pass without the typed one.
        var cut = RenderAtIpStep("Typed but not added");
        AddHost(cut, otherList, otherHost);
        HostInputOf(cut, list).Input(typed);

        Next(cut);

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find(".mud-input-error").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("IP configuration", ActiveStepTitle(cut));
        Assert.Equal(typed, HostInputOf(cut, list).GetAttribute("value"));
        Assert.Single(cut.FindAll("[data-testid=host-item]"));
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Next_ShouldAddTheTypedHosts_WhenTheyAreValid()
    {
        var cut = RenderAtIpStep("Typed and valid");
        HostInputOf(cut, "Source").Input("203.0.113.12");
        HostInputOf(cut, "Destination").Input("203.0.113.20");

        NextTo(cut, "Review order");

        Assert.Contains("203.0.113.12", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("203.0.113.20:5060", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task Next_ShouldStayAtTheIpStepNamingTheOtherTrunk_WhenASourceHostIsTaken()
    {
        var holder = TestTrunks.Static("Holder PBX");
        holder.SourceHosts = ["203.0.113.12"];
        await CreateAsync(Acme, holder);
        var cut = RenderAtIpStep("Would share");
        AddHost(cut, "Destination", "203.0.113.20");
        HostInputOf(cut, "Source").Input("203.0.113.12");

        Next(cut);

        cut.WaitForAssertion(() => Assert.Contains("your trunk \"Holder PBX\"", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("IP configuration", ActiveStepTitle(cut));
    }
}
