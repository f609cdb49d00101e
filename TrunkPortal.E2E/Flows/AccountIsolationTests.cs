using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>R1: another account's trunk is out of reach by URL, whichever page is asked for.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccountIsolationTests(PortalAppFixture app)
{
    [Fact]
    [Trait("Rule", "R1")]
    public async Task AnotherAccountsAdmin_ShouldNotReachTheTrunk_ByUrl()
    {
        var owner = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Private");
        var created = await app.CreateTrunkAsync(owner.Id, TestSetup.StaticRequest(name));
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(DemoUsers.LegacyAdmin);
            var trunk = new TrunkPage(page);
            foreach (var path in new[]
            {
                $"/trunks/{created.Trunk.Id}",
                $"/support/accounts/{owner.Id}/trunks/{created.Trunk.Id}",
            })
            {
                await trunk.OpenAsync(path);
                await Expect(trunk.Name).ToHaveCountAsync(0);
                await Expect(trunk.Text(name)).ToHaveCountAsync(0);
            }

            var wizard = new WizardPage(page);
            await wizard.OpenEditAsync(created.Trunk.Id);
            await Expect(wizard.LoadError).ToContainTextAsync("belongs to another account");
            await Expect(trunk.Text(name)).ToHaveCountAsync(0);

            var list = new TrunkListPage(page);
            await list.OpenAsync();
            await Expect(list.NameLink("Legacy PBX")).ToBeVisibleAsync();
            await Expect(list.NameLink(name)).ToHaveCountAsync(0);
        });
    }
}
