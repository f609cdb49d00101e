using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>/trunks: the account's trunks with their live status badges.</summary>
public sealed class TrunkListPage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/trunks");

    public ILocator Row(string trunkName) => Page.GetByRole(AriaRole.Row).Filter(new() { Has = NameLink(trunkName) });

    public ILocator NameLink(string trunkName) => Page.GetByRole(AriaRole.Link, new() { Name = trunkName, Exact = true });

    public ILocator KindCell(string trunkName) => Row(trunkName).GetByRole(AriaRole.Cell).Nth(1);

    public ILocator ActionBadge(string trunkName) => Row(trunkName).GetByTestId("action-status");

    public ILocator AdminBadge(string trunkName) => Row(trunkName).GetByTestId("admin-status");

    public ILocator RegistrationBadge(string trunkName) => Row(trunkName).GetByTestId("registration-status");

    /// <summary>A value kept in the document: it survives in-page updates and is lost on a reload.</summary>
    public Task<string> DocumentMarkerAsync() =>
        Page.EvaluateAsync<string>("() => window.__e2eDocument ??= crypto.randomUUID()");

    public Task FilterAsync(string text) => Page.GetByLabel("Filter by name").FillAsync(text);

    public async Task<TrunkPage> OpenTrunkAsync(string trunkName)
    {
        await NameLink(trunkName).ClickAsync();
        var trunk = new TrunkPage(Page);
        await trunk.Name.WaitForAsync();
        return trunk;
    }
}
