using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>T5: the list follows the platform live. Its own app takes 20 s per action, long enough to see CREATING.</summary>
[Collection(SlowProvisioningCollection.Name)]
public sealed class StatusBadgeTests(SlowProvisioningFixture app)
{
    [Fact]
    [Trait("Rule", "T3")]
    [Trait("Rule", "T5")]
    public async Task ListBadge_ShouldGoFromCreatingToSuccess_WithoutAReload()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Live badge");
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.ReviewRegisteredTrunkAsync(name);
            var dialog = await wizard.PayNowAsync();
            await dialog.AcknowledgeAsync();

            var list = new TrunkListPage(page);
            await Expect(list.ActionBadge(name)).ToHaveTextAsync("CREATING");
            var document = await list.DocumentMarkerAsync();
            await Expect(list.ActionBadge(name)).ToHaveTextAsync("SUCCESS", new() { Timeout = 30_000 });
            Assert.Equal(document, await list.DocumentMarkerAsync());
        });
    }
}
