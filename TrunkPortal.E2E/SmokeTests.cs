using Microsoft.Playwright;
using TrunkPortal.E2E.Infrastructure;

namespace TrunkPortal.E2E;

[Collection(PortalCollection.Name)]
public sealed class SmokeTests(PortalAppFixture app)
{
    [Fact]
    public async Task HomePage_ShouldRenderStyledAndInteractive_InChromium()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync("/");
        await page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        Assert.Equal(200, response!.Status);
        Assert.Equal("TrunkPortal", await page.TitleAsync());
        var appBarColour = await page.EvalOnSelectorAsync<string>(".mud-appbar", "e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", appBarColour);
    }
}
