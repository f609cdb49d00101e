using Bunit;
using TrunkPortal.Components.Pages.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>T5 end to end: the running provisioner completes the create and the open list shows it.</summary>
public sealed class TrunkListProvisionerTests() : PortalContext(provisioningDelayMs: 3_000)
{
    [Fact]
    [Trait("Rule", "T5")]
    public async Task Badge_ShouldTurnSuccess_WhenTheProvisionerCompletesTheCreate()
    {
        var created = await CreateAsync(Acme, TestTrunks.Registered("Live trunk"));
        RenderProviders();
        var cut = Render<TrunkList>();
        var badge = $"[data-testid=status-{created.Trunk.Id}] [data-testid=action-status]";
        cut.WaitForAssertion(() => Assert.Equal("CREATING", cut.Find(badge).TextContent.Trim()));

        cut.WaitForAssertion(() => Assert.Equal("SUCCESS", cut.Find(badge).TextContent.Trim()), TimeSpan.FromSeconds(15));
        Assert.Equal("UNREGISTERED", cut.Find($"[data-testid=status-{created.Trunk.Id}] [data-testid=registration-status]").TextContent.Trim());
    }
}
