using Bunit;
using TrunkPortal.Components.Pages.Audit;
using TrunkPortal.Domain.Status;
using TrunkPortal.Tests.Components.Trunks;

namespace TrunkPortal.Tests.Components.Audit;

/// <summary>The audit log as a person reads it: one line per change, in words, the time on one line.</summary>
public sealed class AuditLogPageTests : PortalContext
{
    public AuditLogPageTests() => RenderProviders();

    [Fact]
    [Trait("Rule", "R3")]
    public async Task Changes_ShouldReadAsWords_WhenATrunkIsCreatedAndItsPasswordReset()
    {
        var created = await CreateAsync(Acme, TestTrunks.Registered("Audited PBX"));
        await WaitForSuccessAsync(created.Trunk.Id);
        var reset = await Trunks.ResetCredentialsAsync(AdminActor, Acme, created.Trunk.Id);
        Assert.True(reset.Succeeded, reset.Message);

        var cut = Render<AuditLogPage>();

        cut.WaitForAssertion(() => Assert.Contains(cut.FindAll("[data-testid=audit-change]"), c => c.TextContent == "Name: set to Audited PBX"));
        Assert.Contains(cut.FindAll("[data-testid=audit-change]"), c => c.TextContent == "Password: replaced (secret values are never recorded)");
        Assert.DoesNotContain(reset.Value!.Password!, cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("∅", cut.Markup, StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid=audit-when]"), cell => Assert.Contains("white-space: nowrap", cell.GetAttribute("style"), StringComparison.Ordinal));
    }
}
