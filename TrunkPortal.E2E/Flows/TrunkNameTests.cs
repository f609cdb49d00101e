using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>F3: a trunk name is shown verbatim everywhere, never interpreted as HTML.</summary>
[Collection(SlowProvisioningCollection.Name)]
public sealed class TrunkNameTests(SlowProvisioningFixture app)
{
    [Fact]
    [Trait("Rule", "F3")]
    public async Task TrunkName_ShouldShowAsTyped_WhenItHoldsHtmlAndNonLatinCharacters()
    {
        var account = await app.CreateAccountAsync();
        var name = $"<b>Bold</b> <img src=x onerror=\"window.__xss=1\"> Žuč 東京 Привет {Guid.NewGuid().ToString("N")[..4]}";
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.ReviewRegisteredTrunkAsync(name);
            await Expect(wizard.ActiveStep).ToContainTextAsync(name);
            var dialog = await wizard.PayNowAsync();
            await dialog.AcknowledgeAsync();

            var list = new TrunkListPage(page);
            await Expect(list.NameLink(name)).ToHaveTextAsync(name);
            var trunk = await list.OpenTrunkAsync(name);
            await Expect(trunk.Name).ToHaveTextAsync(name);
            await Expect(trunk.Setting("SIP trunk name")).ToHaveTextAsync(name);
            Assert.Equal(name, await page.TitleAsync());
            Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss"));
        });
    }
}
