using Bunit;
using TrunkPortal.Components.Pages.Trunks.Create;
using TrunkPortal.Components.Pages.Trunks.Create.Steps;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>The IP configuration step of a static trunk: host lists, strategy, warnings and limits.</summary>
public sealed class IpConfigurationStepTests : PortalContext
{
    public IpConfigurationStepTests() => RenderProviders();

    private IRenderedComponent<IpConfigurationStep> RenderStep(TrunkDraft draft, WizardContext context) =>
        Render<IpConfigurationStep>(p => p
            .Add(s => s.Draft, draft)
            .Add(s => s.Context, context)
            .Add(s => s.Warnings, StepValidation.Warnings(WizardStep.IpConfiguration, draft, context))
            .Add(s => s.Errors, StepValidation.Validate(WizardStep.IpConfiguration, draft, context)));

    private static void AddDestination(IRenderedComponent<IpConfigurationStep> cut, string host)
    {
        cut.Find("input[placeholder='192.0.2.20']").Input(host);
        cut.Find("button[aria-label='Add Destination IP or domain']").Click();
    }

    [Fact]
    [Trait("Rule", "S3")]
    public async Task Strategy_ShouldAppear_WhenASecondDestinationIsAdded()
    {
        var draft = new TrunkDraft();
        var cut = RenderStep(draft, await WizardContextAsync(Acme));

        AddDestination(cut, "192.0.2.20");
        Assert.DoesNotContain("Routing strategy", cut.Markup, StringComparison.Ordinal);

        AddDestination(cut, "192.0.2.21");

        Assert.Equal(["192.0.2.20:5060", "192.0.2.21:5060"], draft.Request.DestinationHosts);
        Assert.Contains("Routing strategy", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(["1. 192.0.2.20:5060", "2. 192.0.2.21:5060"], cut.FindAll("[data-testid=host-item]").Select(e => e.TextContent.Trim()));
    }

    [Fact]
    [Trait("Rule", "S3")]
    public async Task Strategy_ShouldDisappearAndReset_WhenBackToOneDestination()
    {
        var draft = new TrunkDraft();
        draft.Request.DestinationHosts = ["192.0.2.20:5060", "192.0.2.21:5060"];
        draft.Request.Strategy = RoutingStrategy.RoundRobin;
        var cut = RenderStep(draft, await WizardContextAsync(Acme));
        Assert.Contains("Routing strategy", cut.Markup, StringComparison.Ordinal);

        cut.Find("button[aria-label='Remove 192.0.2.21:5060']").Click();

        Assert.DoesNotContain("Routing strategy", cut.Markup, StringComparison.Ordinal);
        Assert.Equal(TrunkDefaults.DefaultStrategy, draft.Request.Strategy);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public async Task Warnings_ShouldNameTheEmptyList_WhenOnlyDestinationsAreGiven()
    {
        var draft = new TrunkDraft();
        draft.Request.DestinationHosts = ["192.0.2.20:5060"];

        var cut = RenderStep(draft, await WizardContextAsync(Acme));

        var warning = Assert.Single(cut.FindAll("[data-testid=step-warning]"));
        Assert.Equal(StaticTrunkWarnings.For(draft.Request).Single(), warning.TextContent.Trim());
    }

    [Fact]
    [Trait("Rule", "S2")]
    public async Task Step_ShouldRefuse_WhenBothListsAreEmpty()
    {
        var draft = new TrunkDraft();
        var context = await WizardContextAsync(Acme);

        var cut = RenderStep(draft, context);

        var errors = StepValidation.Validate(WizardStep.IpConfiguration, draft, context);
        var message = Assert.Single(errors).Value;
        Assert.Contains(message, cut.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "L3")]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Sources_ShouldGiveWayToTheLimit_WhenThreeAreGiven(int count, bool atLimit)
    {
        var draft = new TrunkDraft();
        draft.Request.SourceHosts = [.. Enumerable.Range(1, count).Select(i => $"10.0.0.{i}")];

        var cut = RenderStep(draft, await WizardContextAsync(Acme));

        Assert.Equal(atLimit, cut.FindAll("[data-testid=SourceHosts-limit]").Count == 1);
        Assert.Equal(!atLimit, cut.FindAll("input[placeholder='192.0.2.10']").Count == 1);
    }

    [Theory]
    [Trait("Rule", "L4")]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public async Task Destinations_ShouldGiveWayToTheLimit_WhenThreeAreGiven(int count, bool atLimit)
    {
        var draft = new TrunkDraft();
        draft.Request.DestinationHosts = [.. Enumerable.Range(1, count).Select(i => $"10.0.0.{i}:5060")];

        var cut = RenderStep(draft, await WizardContextAsync(Acme));

        var limit = cut.FindAll("[data-testid=DestinationHosts-limit]");
        Assert.Equal(atLimit, limit.Count == 1);
        if (atLimit)
        {
            Assert.Contains("3", limit[0].TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "S1")]
    public async Task Source_ShouldShowTheParsersMessage_WhenAPortIsTyped()
    {
        var draft = new TrunkDraft();
        var cut = RenderStep(draft, await WizardContextAsync(Acme));

        cut.Find("input[placeholder='192.0.2.10']").Input("10.0.0.1:5060");
        cut.Find("button[aria-label='Add Source IP or domain']").Click();

        Assert.Empty(draft.Request.SourceHosts!);
        Assert.Contains("mud-input-error", cut.Markup, StringComparison.Ordinal);
    }
}
