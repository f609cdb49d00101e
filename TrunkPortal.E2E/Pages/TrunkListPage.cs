using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

public sealed class TrunkListPage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/trunks");

    public ILocator Row(string trunkName) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = trunkName });

    public ILocator ActionBadge(string trunkName) => Row(trunkName).GetByTestId("action-status");

    public ILocator AdminBadge(string trunkName) => Row(trunkName).GetByTestId("admin-status");

    public async Task<TrunkPage> OpenTrunkAsync(string trunkName)
    {
        await Row(trunkName).GetByRole(AriaRole.Link, new() { Name = trunkName }).ClickAsync();
        var trunk = new TrunkPage(Page);
        await trunk.Name.WaitForAsync();
        return trunk;
    }
}
