using Bunit;
using TrunkPortal.Components.Shared;
using TrunkPortal.Domain.Status;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>T5: each badge says which status class it shows, in text a person sees (not only in a tooltip).</summary>
public sealed class TrunkStatusChipsTests : MudTestContext
{
    [Fact]
    [Trait("Rule", "T5")]
    public void Badges_ShouldBeLabelledAdminRegistrationAndAction()
    {
        var cut = Render<TrunkStatusChips>(p => p.Add(c => c.Status,
            new TrunkStatusView(AdminStatus.Enabled, ActionStatus.Success, null, RegistrationStatus.Registered, 0)));

        var labels = cut.FindAll(".status-badge").Select(b => b.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(["Admin", "ENABLED"], labels[0]);
        Assert.Equal(["Registration", "REGISTERED"], labels[1]);
        Assert.Equal(["Action", "SUCCESS"], labels[2]);
        Assert.Equal("SUCCESS", cut.Find("[data-testid=action-status]").TextContent.Trim());
    }
}
