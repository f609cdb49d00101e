using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>The trunk-creation wizard at /trunks/new; fields are found by the seed's parameter names.</summary>
public sealed class WizardPage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/trunks/new");

    public Task ChooseProviderAsync(string title) => Page.GetByText(title, new() { Exact = true }).ClickAsync();

    public Task ChoosePresetAsync(string preset) => Page.GetByRole(AriaRole.Radio, new() { Name = preset }).Or(Page.GetByText(preset, new() { Exact = true })).First.ClickAsync();

    public Task ChoosePlanAsync(string plan) => Page.GetByText(plan, new() { Exact = true }).ClickAsync();

    public Task SetChannelsAsync(int channels) => Page.GetByLabel("Number of channels").FillAsync(channels.ToString());

    public Task SetNameAsync(string name) => Page.GetByLabel("SIP trunk name").FillAsync(name);

    public Task SelectDataCenterAsync(string code) => SelectAsync("Datacenter location", $"({code})");

    public Task FillAsync(string label, string value) => Page.GetByLabel(label, new() { Exact = true }).FillAsync(value);

    public async Task AddSourceAsync(string host)
    {
        await Page.GetByLabel("Source IP or domain", new() { Exact = true }).FillAsync(host);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add Source IP or domain" }).ClickAsync();
    }

    public async Task AddDestinationAsync(string host, string? port = null)
    {
        await Page.GetByLabel("Destination IP or domain", new() { Exact = true }).FillAsync(host);
        if (port is not null)
        {
            await Page.GetByLabel("Port", new() { Exact = true }).FillAsync(port);
        }
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add Destination IP or domain" }).ClickAsync();
    }

    public Task NextAsync() => Page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();

    public ILocator StepTitle(string title) => Page.GetByText(title, new() { Exact = true }).First;

    public async Task<CredentialsDialog> PayNowAsync()
    {
        await Page.GetByRole(AriaRole.Button, new() { Name = "Pay now" }).ClickAsync();
        var dialog = new CredentialsDialog(Page);
        await dialog.Root.WaitForAsync();
        return dialog;
    }
}
