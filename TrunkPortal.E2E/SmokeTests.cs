using Microsoft.Playwright;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class SmokeTests(PortalAppFixture app)
{
    [Fact]
    public Task HomePage_ShouldAskForSignIn_ThenRenderStyledAndInteractive() => app.RunAsync(async page =>
    {
        var response = await page.GotoAsync("/");
        Assert.Equal(200, response!.Status);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

        await new SignInPage(page).SignInAsync(DemoUsers.AcmeAdmin);

        // An account admin starts at the trunk list.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/trunks$"));
        var appBarColour = await page.EvalOnSelectorAsync<string>(".mud-appbar", "e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", appBarColour);
    });
}
