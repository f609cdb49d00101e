using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>F5, S3, T1: an account admin edits a static trunk's destinations and routing strategy, then disables and enables it.</summary>
[Collection(PortalCollection.Name)]
public sealed class TrunkEditTests(PortalAppFixture app)
{
    [Fact]
    [Trait("Rule", "S3")]
    [Trait("Rule", "T1")]
    public async Task StaticTrunk_ShouldKeepNewDestinationsAndStrategy_WhenEditedThenDisabledAndEnabled()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Edit me");
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.StaticRequest(name));
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var trunk = new TrunkPage(page);
            await trunk.OpenAsync(created.Trunk.Id);

            var wizard = await trunk.EditAsync();
            await wizard.ContinueToAsync("Plan and channels");
            await wizard.ContinueToAsync("Main settings");
            await wizard.ContinueToAsync("IP configuration");
            await wizard.AddDestinationAsync("192.0.2.21", "5080");
            await wizard.AddDestinationAsync("198.51.100.7", "5070");
            await wizard.RemoveHostAsync("192.0.2.20:5060");
            await wizard.ChooseRoutingStrategyAsync("Round-robin");
            await wizard.ContinueToAsync("Review order");
            trunk = await wizard.SaveChangesAsync();

            await Expect(trunk.ActionBadge).ToHaveTextAsync("SUCCESS");
            await Expect(trunk.Setting("Destination hosts")).ToHaveTextAsync("192.0.2.21:5080, 198.51.100.7:5070");
            await Expect(trunk.Setting("Routing strategy")).ToHaveTextAsync("Round-robin");

            await trunk.DisableAsync();
            await Expect(trunk.AdminBadge).ToHaveTextAsync("DISABLED");
            await Expect(trunk.Snackbar).ToContainTextAsync("Trunk disabled.");
            await trunk.EnableAsync();
            await Expect(trunk.AdminBadge).ToHaveTextAsync("ENABLED");

            var audit = new AuditLogPage(page);
            await audit.OpenAsync();
            await audit.FilterByTrunkAsync(created.Trunk.Id);
            await Expect(audit.Row("trunk.update", name)).ToContainTextAsync("Strategy");
            await Expect(audit.Row("trunk.disable", name)).ToHaveCountAsync(1);
            await Expect(audit.Row("trunk.enable", name)).ToHaveCountAsync(1);
        });
    }
}
