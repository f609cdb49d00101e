using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Auditing;
using TrunkPortal.Components.Pages.Trunks;
using TrunkPortal.Components.Shared;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Tests.Components.Trunks;

namespace TrunkPortal.Tests.Security;

/// <summary>R2 and G2: support resets an account's password from the support URL; the admin is told who did it.</summary>
public sealed class SupportResetTests : PortalContext
{
    public SupportResetTests() => RenderProviders();

    [Fact]
    [Trait("Rule", "R2")]
    [Trait("Rule", "G2")]
    public async Task Reset_ShouldBeAuditedAndShownToTheAdmin_WhenSupportResetsThePassword()
    {
        var created = await CreateAsync(Acme, TestTrunks.Registered("Support reset"));
        await WaitForSuccessAsync(created.Trunk.Id);
        Person.Support("Sam Support");

        var supportPage = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, created.Trunk.Id).Add(d => d.AccountId, Acme));
        supportPage.WaitForAssertion(() => Assert.Single(supportPage.FindAll("[data-testid=support-panel]")));
        supportPage.FindAll("button").First(b => b.TextContent.Contains("Reset password", StringComparison.Ordinal)).Click();
        Dialogs.WaitForAssertion(() => Assert.Contains("stops working at once", Dialogs.Markup, StringComparison.Ordinal));
        Dialogs.FindAll(".mud-message-box button").First(b => b.TextContent.Trim() == "Reset password").Click();
        var dialog = Dialogs.WaitForComponent<CredentialsDialog>();
        var password = dialog.Instance.Secrets!.Password!;
        Assert.NotEqual(created.Secrets!.Password, password);
        Dialogs.FindAll("button").First(b => b.TextContent.Contains("I have saved them", StringComparison.Ordinal)).Click();

        await using (var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var entry = await db.AuditEntries.AsNoTracking()
                .SingleAsync(e => e.TrunkId == created.Trunk.Id && e.Action == AuditActions.TrunkResetCredentials);
            Assert.Equal("Sam Support", entry.ActorName);
            Assert.Equal("support-1", entry.ActorId);
            Assert.Equal(Acme, entry.AccountId);
        }

        Person.AdminOf(Acme, "acme");
        var adminPage = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, created.Trunk.Id));
        adminPage.WaitForAssertion(() =>
        {
            var notice = adminPage.Find("[data-testid=credentials-reset-notice]").TextContent;
            Assert.Contains("Credentials were reset on", notice, StringComparison.Ordinal);
            Assert.Contains("by Sam Support", notice, StringComparison.Ordinal);
        });
        Assert.DoesNotContain(password, adminPage.Markup, StringComparison.Ordinal);
        Assert.Empty(adminPage.FindAll("[data-testid=support-panel]"));
    }
}
