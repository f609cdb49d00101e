using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Components.Pages.Trunks;
using TrunkPortal.Domain.Status;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>T5: the list's badges follow the status feed without a reload; the provisioner takes long here.</summary>
public sealed class TrunkListBadgesTests() : PortalContext(provisioningDelayMs: 600_000)
{
    private static string ActionBadge(IRenderedComponent<TrunkList> cut, Guid trunkId) =>
        cut.Find($"[data-testid=status-{trunkId}] [data-testid=action-status]").TextContent.Trim();

    [Fact]
    [Trait("Rule", "T5")]
    public async Task Badge_ShouldChangeInPlace_WhenTheFeedPublishesAChange()
    {
        var created = await CreateAsync(Acme, TestTrunks.Registered("Badge trunk"));
        RenderProviders();
        var cut = Render<TrunkList>();
        cut.WaitForAssertion(() => Assert.Equal("CREATING", ActionBadge(cut, created.Trunk.Id)));
        var renders = cut.RenderCount;

        var done = created.Trunk.Status with { Action = ActionStatus.Success, Registration = RegistrationStatus.Unregistered };
        App.Services.GetRequiredService<ITrunkStatusFeed>().Publish(new TrunkStatusChanged(Acme, created.Trunk.Id, done, Removed: false));

        cut.WaitForAssertion(() => Assert.Equal("SUCCESS", ActionBadge(cut, created.Trunk.Id)));
        Assert.True(cut.RenderCount > renders);
    }

    [Fact]
    [Trait("Rule", "T5")]
    [Trait("Rule", "R1")]
    public async Task Badge_ShouldStay_WhenAnotherAccountsTrunkChanges()
    {
        var created = await CreateAsync(Acme, TestTrunks.Static("Quiet trunk"));
        RenderProviders();
        var cut = Render<TrunkList>();
        cut.WaitForAssertion(() => Assert.Equal("CREATING", ActionBadge(cut, created.Trunk.Id)));

        var done = created.Trunk.Status with { Action = ActionStatus.Success };
        App.Services.GetRequiredService<ITrunkStatusFeed>().Publish(new TrunkStatusChanged(Legacy, created.Trunk.Id, done, Removed: false));
        await Task.Delay(200);

        Assert.Equal("CREATING", ActionBadge(cut, created.Trunk.Id));
    }
}
