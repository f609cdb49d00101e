using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Auditing;
using TrunkPortal.Components.Pages.Trunks;
using TrunkPortal.Components.Shared;
using TrunkPortal.Data;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>G2: a reset cuts off the old secrets at once, so the trunk page asks before it resets anything.</summary>
public sealed class ResetConfirmationTests : PortalContext
{
    public ResetConfirmationTests() => RenderProviders();

    [Theory]
    [Trait("Rule", "G2")]
    [InlineData("Registered", "Reset password")]
    [InlineData("Authenticated", "Reset credentials")]
    public async Task Reset_ShouldChangeNothing_WhenTheConfirmationIsCancelled(string kind, string button)
    {
        var created = await CreateAsync(Acme, kind == "Registered" ? TestTrunks.Registered("Keep my password") : TestTrunks.Authenticated("Keep my header"));
        await WaitForSuccessAsync(created.Trunk.Id);
        var page = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, created.Trunk.Id));
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("button"), b => b.TextContent.Contains(button, StringComparison.Ordinal)));

        page.FindAll("button").First(b => b.TextContent.Contains(button, StringComparison.Ordinal)).Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("stop", Dialogs.Find(".mud-message-box").TextContent, StringComparison.Ordinal));
        Assert.Contains("Keep my", Dialogs.Find(".mud-message-box").TextContent, StringComparison.Ordinal);
        Dialogs.FindAll(".mud-message-box button").First(b => b.TextContent.Trim() == "Cancel").Click();

        Dialogs.WaitForAssertion(() => Assert.Empty(Dialogs.FindAll(".mud-message-box")));
        Assert.Empty(Dialogs.FindComponents<CredentialsDialog>());
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.False(await db.AuditEntries.AnyAsync(e => e.TrunkId == created.Trunk.Id && e.Action == AuditActions.TrunkResetCredentials));
        Assert.Null((await Trunks.GetAsync(Acme, created.Trunk.Id))!.CredentialsResetAt);
    }
}
