using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>/service-addresses: the account's Places of Primary Use; the wizard sends people here and back.</summary>
public sealed class ServiceAddressesPage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/service-addresses");

    public ILocator Row(string name) => Page.GetByTestId("address-table").GetByRole(AriaRole.Row).Filter(new() { HasText = name });

    /// <summary>Adds a US address (New York) through the dialog.</summary>
    public async Task AddUsAddressAsync(string name)
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add service address" }).ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await dialog.GetByLabel("Street", new() { Exact = true }).FillAsync("1 Main Street");
        await dialog.GetByLabel("City", new() { Exact = true }).FillAsync("New York");
        await dialog.GetByLabel("Post code", new() { Exact = true }).FillAsync("10001");
        await PickAsync(dialog.GetByLabel("Country", new() { Exact = true }), "United States", "(USA)");
        await PickAsync(dialog.GetByLabel("Region", new() { Exact = true }), "New York", "(US-NY)");
        await AssertAccessibleAsync("service address dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await Row(name).WaitForAsync();
    }

    /// <summary>The "Back" the wizard's detour offers: returns to the wizard with the draft kept.</summary>
    public async Task<WizardPage> BackToWizardAsync()
    {
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back" }).Or(Page.GetByRole(AriaRole.Button, new() { Name = "Back" })).ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/trunks/new\\?resume=true$"));
        var wizard = new WizardPage(Page);
        await wizard.WaitForCircuitAsync();
        await AssertAccessibleAsync("wizard resumed after the service-address detour");
        return wizard;
    }

    private async Task PickAsync(ILocator autocomplete, string typed, string optionText)
    {
        await autocomplete.FillAsync(typed);
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = optionText }).First.ClickAsync();
    }
}
