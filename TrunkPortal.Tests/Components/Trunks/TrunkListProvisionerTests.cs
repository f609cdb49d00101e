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

    [Fact]
    [Trait("Rule", "T5")]
    public async Task List_ShouldShowATrunk_WhenItIsCreatedElsewhere()
    {
        RenderProviders();
        var cut = Render<TrunkList>();
        cut.WaitForAssertion(() => Assert.Contains("You have no SIP trunks yet.", cut.Markup, StringComparison.Ordinal));

        var created = await CreateAsync(Acme, TestTrunks.Registered("Made in another tab"));

        cut.WaitForAssertion(() => Assert.Contains("Made in another tab", cut.Find($"[data-testid=status-{created.Trunk.Id}]").ParentElement!.TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(5));
    }

    [Fact]
    [Trait("Rule", "T5")]
    public async Task Row_ShouldShowTheEditedChannelCount_WhenTheEditCompletes()
    {
        var created = await CreateAsync(Acme, TestTrunks.Registered("Edited elsewhere"));
        RenderProviders();
        var cut = Render<TrunkList>();
        var id = created.Trunk.Id;
        cut.WaitForAssertion(() => Assert.Equal("SUCCESS", cut.Find($"[data-testid=status-{id}] [data-testid=action-status]").TextContent.Trim()), TimeSpan.FromSeconds(15));
        Assert.Equal(created.Trunk.Settings.ChannelLimit.ToString(), cut.Find($"[data-testid=channels-{id}]").TextContent.Trim());

        var edit = (await Trunks.GetAsync(Acme, id))!.Settings.ToRequest();
        edit.ChannelLimit = 42;
        Assert.True((await Trunks.UpdateAsync(AdminActor, Acme, id, edit)).Succeeded);

        cut.WaitForAssertion(() => Assert.Equal("UPDATING", cut.Find($"[data-testid=status-{id}] [data-testid=action-status]").TextContent.Trim()), TimeSpan.FromSeconds(5));
        cut.WaitForAssertion(() => Assert.Equal("SUCCESS", cut.Find($"[data-testid=status-{id}] [data-testid=action-status]").TextContent.Trim()), TimeSpan.FromSeconds(15));
        Assert.Equal("42", cut.Find($"[data-testid=channels-{id}]").TextContent.Trim());
    }
}
