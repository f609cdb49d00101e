using Bunit;
using TrunkPortal.Components.Pages.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>S7 on the trunk page with the simulated edge (what `dotnet run` gives): it says what it cannot know.</summary>
public sealed class DestinationHealthCardTests : PortalContext
{
    public DestinationHealthCardTests() => RenderProviders();

    [Fact]
    [Trait("Rule", "S7")]
    public async Task StaticTrunkPage_ShouldListItsDestinations_AndSayTheEdgeIsSimulated_WhenTestRoutingIsPressed()
    {
        var created = await CreateAsync(Acme, TestTrunks.Static("Health on a simulated edge"));
        await WaitForSuccessAsync(created.Trunk.Id);
        var page = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, created.Trunk.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=destination-health]"));

        Assert.Contains("simulated", page.Find("[data-testid=destination-health-simulated]").TextContent, StringComparison.Ordinal);
        var rows = page.FindAll("[data-testid=destinations] tbody tr");
        Assert.Equal(created.Trunk.Settings.DestinationHosts!.Count, rows.Count);
        Assert.All(rows, r => Assert.Contains("UNKNOWN", r.TextContent, StringComparison.Ordinal));
        Assert.Equal($"Active calls: 0 of {created.Trunk.Settings.ChannelLimit}", page.Find("[data-testid=active-calls]").TextContent.Trim());
        Assert.Contains("No destination went up or down", page.Find("[data-testid=health-timeline-empty]").TextContent, StringComparison.Ordinal);

        page.Find("[data-testid=test-routing]").Click();

        page.WaitForAssertion(() => Assert.Contains("nothing can be probed", page.Find("[data-testid=routing-error]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RegisteredTrunkPage_ShouldHaveNoDestinationHealth()
    {
        var created = await CreateAsync(Acme, TestTrunks.Registered("No destinations"));
        var page = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, created.Trunk.Id));
        page.WaitForAssertion(() => page.Find("[data-testid=trunk-name]"));

        Assert.Empty(page.FindAll("[data-testid=destination-health]"));
    }
}
