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

    public Task FilterAsync(string text) => Page.GetByLabel("Filter by name").FillAsync(text);

    /// <summary>The keyboard alone: Tab to "Create SIP trunk", Enter, and wait for the wizard.</summary>
    public async Task<WizardPage> CreateTrunkByKeyboardAsync()
    {
        await new KeyboardUser(Page).PressOnAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Create SIP trunk" }), "Enter");
        var wizard = new WizardPage(Page);
        await wizard.SelectedStep("Provider").WaitForAsync();
        await AssertAccessibleAsync("wizard: Provider (keyboard)");
        return wizard;
    }

    public async Task<TrunkPage> OpenTrunkAsync(string trunkName)
    {
        await NameLink(trunkName).ClickAsync();
        var trunk = new TrunkPage(Page);
        await trunk.Name.WaitForAsync();
        await AssertAccessibleAsync($"trunk page of {trunkName}");
        return trunk;
    }
}
