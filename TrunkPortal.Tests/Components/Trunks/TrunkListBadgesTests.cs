using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Components.Pages.Trunks;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>T5: the list follows the status feed without a reload by the person; the provisioner takes long here.</summary>
public sealed class TrunkListBadgesTests() : PortalContext(provisioningDelayMs: 600_000)
{
    private static string ActionBadge(IRenderedComponent<TrunkList> cut, Guid trunkId) =>
        cut.Find($"[data-testid=status-{trunkId}] [data-testid=action-status]").TextContent.Trim();

    [Fact]
    [Trait("Rule", "T5")]
    public async Task Badge_ShouldChange_WhenTheFeedPublishesAChange()
    {
        var created = await CreateAsync(Acme, TestTrunks.Registered("Badge trunk"));
        RenderProviders();
        var cut = Render<TrunkList>();
        cut.WaitForAssertion(() => Assert.Equal("CREATING", ActionBadge(cut, created.Trunk.Id)));

        // What the provisioner does, without it: the action's end written, then published.
        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var trunk = await db.Trunks.SingleAsync(t => t.Id == created.Trunk.Id);
            trunk.ActionStatus = ActionStatus.Success;
            await db.SaveChangesAsync();
        }
        var done = created.Trunk.Status with { Action = ActionStatus.Success, Registration = RegistrationStatus.Unregistered };
        App.Services.GetRequiredService<ITrunkStatusFeed>().Publish(new TrunkStatusChanged(Acme, created.Trunk.Id, done, Removed: false));

        cut.WaitForAssertion(() => Assert.Equal("SUCCESS", ActionBadge(cut, created.Trunk.Id)));
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
