using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>/support: find any trunk of any account and open it in its account's context.</summary>
public sealed class SupportConsolePage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/support");

    public ILocator Row(string trunkName) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = trunkName });

    public async Task SearchAsync(string term)
    {
        await Page.GetByLabel("Find a trunk").FillAsync(term);
        // The search runs after a debounce and re-renders the table: wait until only the header and matches are
        // left, or a click may land on a row that is being replaced.
        await Assertions.Expect(Page.GetByRole(AriaRole.Row).Filter(new() { HasNotText = term })).ToHaveCountAsync(1);
        await Row(term).First.WaitForAsync();
        await AssertAccessibleAsync("support console with results");
    }

    /// <summary>Searches for the trunk and opens it with its Support actions panel.</summary>
    public async Task<TrunkPage> OpenTrunkAsync(string trunkName)
    {
        await SearchAsync(trunkName);
        await Row(trunkName).GetByRole(AriaRole.Link, new() { Name = "Open" })
            .Or(Row(trunkName).GetByRole(AriaRole.Button, new() { Name = "Open" })).ClickAsync();
        var trunk = new TrunkPage(Page);
        await trunk.Support.Root.WaitForAsync();
        await AssertAccessibleAsync("trunk page with the support panel");
        return trunk;
    }
}
