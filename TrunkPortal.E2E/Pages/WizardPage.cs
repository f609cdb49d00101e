using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>The trunk-creation wizard at /trunks/new (and /trunks/{id}/edit); fields are found by the seed's parameter names.</summary>
public sealed class WizardPage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/trunks/new");

    public Task OpenEditAsync(Guid trunkId) => GotoAsync($"/trunks/{trunkId}/edit");

    /// <summary>
    /// Chooses and waits until the server rendered the choice: the step list shows what the kind needs (only static
    /// trunks have the IP step), so a flow checks the steps it is about to walk.
    /// </summary>
    public async Task ChooseProviderAsync(string title)
    {
        await ChooseAsync("SIP trunk provider", title);
        await Assertions.Expect(StepTab("IP configuration")).ToHaveCountAsync(title == "SIP trunk: static" ? 1 : 0);
        await AssertAccessibleAsync($"wizard: Provider, {title} chosen");
    }

    /// <summary>ElevenLabs, Retell AI, Vapi or Other platform.</summary>
    public Task ChoosePresetAsync(string preset) => ChooseAsync("AI voice platform", preset);

    public Task ChoosePlanAsync(string plan) => ChooseAsync("Channel plan", plan);

    /// <summary>DTMF, Fax, Number format or Anonymization: visible choices, one click each.</summary>
    public Task ChooseSettingAsync(string group, string option) => ChooseAsync(group, option);

    /// <summary>A radio of a labelled group, e.g. ("DTMF", "INBAND").</summary>
    public ILocator Choice(string group, string option) =>
        Group(group).GetByRole(AriaRole.Radio, new() { Name = option, Exact = true });

    public ILocator Group(string group) => Page.GetByRole(AriaRole.Radiogroup, new() { Name = group, Exact = true });

    private async Task ChooseAsync(string group, string option)
    {
        var radio = Page.GetByRole(AriaRole.Radiogroup, new() { Name = group }).GetByRole(AriaRole.Radio, new() { Name = option });
        await radio.First.ClickAsync();
        await Assertions.Expect(radio.First).ToBeCheckedAsync();
    }

    /// <summary>The keyboard alone: a radio of a group by Tab and the arrow keys.</summary>
    public Task ChooseByKeyboardAsync(string group, string option) =>
        Keyboard.ChooseRadioAsync(Group(group), Group(group).GetByRole(AriaRole.Radio, new() { Name = option }).First);

    /// <summary>The keyboard alone: Tab to the field, type over what it holds.</summary>
    public Task TypeByKeyboardAsync(string label, string text) => Keyboard.TypeIntoAsync(Field(label), text);

    /// <summary>The keyboard alone: Tab to a select, open it with the arrow key, move to the option, Enter.</summary>
    public async Task SelectByKeyboardAsync(string label, string optionText)
    {
        await Keyboard.TabToAsync(Field(label));
        await Keyboard.Keys.PressAsync("ArrowDown");
        var options = Page.Locator(".mud-popover-open .mud-list-item");
        await options.First.WaitForAsync();
        await AssertAccessibleAsync($"{label} opened by keyboard");
        var count = await options.CountAsync();
        var active = await ActiveOptionTextAsync();
        for (var i = 0; i <= count && !active.Contains(optionText, StringComparison.Ordinal); i++)
        {
            // Each key press is a round trip to the server: wait until the highlight has moved before the next one,
            // or a fast loop presses twice for one move and passes the option.
            await Keyboard.Keys.PressAsync("ArrowDown");
            await Page.WaitForFunctionAsync($"previous => ({ActiveOptionScript})() !== previous", active);
            active = await ActiveOptionTextAsync();
        }
        await Keyboard.Keys.PressAsync("Enter");
        await Assertions.Expect(Page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(Select(label)).ToContainTextAsync(optionText);
    }

    /// <summary>The keyboard alone: Tab to a host field, type the host, Enter adds it.</summary>
    public async Task AddHostByKeyboardAsync(string inputLabel, string host)
    {
        await Keyboard.TypeIntoAsync(Field(inputLabel), host);
        await Keyboard.Keys.PressAsync("Enter");
        await HostItem(host).WaitForAsync();
    }

    /// <summary>The keyboard alone: Tab to Next, Enter, and wait until <paramref name="stepTitle"/> is the open step.</summary>
    public async Task ContinueByKeyboardAsync(string stepTitle)
    {
        await Keyboard.PressOnAsync(ButtonNamed("Next"), "Enter");
        await SelectedStep(stepTitle).WaitForAsync();
        await AssertAccessibleAsync($"wizard: {stepTitle} (keyboard)");
    }

    public async Task<CredentialsDialog> PayNowByKeyboardAsync()
    {
        await Keyboard.PressOnAsync(ButtonNamed("Pay now"), "Enter");
        var dialog = new CredentialsDialog(Page);
        await dialog.Root.WaitForAsync();
        await AssertAccessibleAsync("credentials dialog after Pay now (keyboard)");
        return dialog;
    }

    private KeyboardUser Keyboard => new(Page);

    /// <summary>The text of the option the keyboard highlights in the open select ("" when none is).</summary>
    private const string ActiveOptionScript =
        "() => { const a = document.querySelector('.mud-popover-open .mud-list-item.mud-selected-item, .mud-popover-open .mud-list-item:focus, .mud-popover-open .mud-list-item[aria-selected=true]'); return a ? a.textContent : ''; }";

    private Task<string> ActiveOptionTextAsync() => Page.EvaluateAsync<string>(ActiveOptionScript);

    public Task SetChannelsAsync(int channels) => Page.GetByLabel("Number of channels").FillAsync(channels.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public Task SetNameAsync(string name) => Field("SIP trunk name").FillAsync(name);

    public Task SelectDataCenterAsync(string code) => SelectAsync("Datacenter location", $"({code})");

    public Task SelectServiceAddressAsync(string name) => SelectAsync("Service address", name);

    public Task SelectGenesysRegionAsync(string region) => SelectAsync("Genesys region", region);

    public ILocator Field(string label) => Page.GetByLabel(label, new() { Exact = true });

    /// <summary>A select (MudSelect) by its label; its text is the chosen option.</summary>
    public ILocator Select(string label) => Page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });

    public Task FillAsync(string label, string value) => Field(label).FillAsync(value);

    public Task SetSwitchAsync(string label, bool on) =>
        Page.GetByRole(AriaRole.Switch, new() { Name = label, Exact = true }).SetCheckedAsync(on);

    public async Task AddSourceAsync(string host)
    {
        await Field("Source IP or domain").FillAsync(host);
        await ButtonNamed("Add Source IP or domain").ClickAsync();
        await HostItem(host).WaitForAsync();
    }

    public async Task AddDestinationAsync(string host, string? port = null)
    {
        await Field("Destination IP or domain").FillAsync(host);
        if (port is not null)
        {
            await Field("Port").FillAsync(port);
        }
        await ButtonNamed("Add Destination IP or domain").ClickAsync();
        await HostItem(port is null ? host : $"{host}:{port}").WaitForAsync();
    }

    public Task RemoveHostAsync(string host) => Page.GetByRole(AriaRole.Button, new() { Name = $"Remove {host}" }).ClickAsync();

    public ILocator HostItem(string host) => Page.GetByTestId("host-item").Filter(new() { HasText = host });

    public ILocator SourceInput => Field("Source IP or domain");

    /// <summary>L3: the message that replaces the source input once the account's limit is reached.</summary>
    public ILocator SourceLimit => Page.GetByTestId("SourceHosts-limit");

    /// <summary>"Failover" or "Round-robin".</summary>
    public Task ChooseRoutingStrategyAsync(string strategy) =>
        Page.GetByRole(AriaRole.Radiogroup, new() { Name = "Routing strategy" }).GetByText(strategy).First.ClickAsync();

    /// <summary>L1, L2, L5: a limit shown at the top of the step where it applies.</summary>
    public ILocator LimitError => ActiveStep.GetByTestId("limit-error");

    /// <summary>Shown instead of the wizard when there is nothing to edit (no account, or not this account's trunk).</summary>
    public ILocator LoadError => Page.GetByText("There is no SIP trunk at this address").Or(Page.GetByText("Creating a trunk needs an account"));

    public ILocator SubmitError => Page.GetByTestId("submit-error");

    /// <summary>U1: the stop shown instead of the service-address select for a US data center.</summary>
    public ILocator ServiceAddressStop => Page.GetByTestId("service-address-stop");

    public async Task<ServiceAddressesPage> GoCreateServiceAddressAsync()
    {
        await ServiceAddressStop.GetByText("Create a service address").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/service-addresses\\?"));
        var addresses = new ServiceAddressesPage(Page);
        await addresses.WaitForCircuitAsync();
        await AssertAccessibleAsync("service addresses from the wizard");
        return addresses;
    }

    public ILocator ActiveStep => Page.GetByRole(AriaRole.Tabpanel);

    public ILocator StepTab(string title) => Page.GetByRole(AriaRole.Tab, new() { Name = title });

    public ILocator SelectedStep(string title) => Page.GetByRole(AriaRole.Tab, new() { Name = title, Selected = true });

    public Task NextAsync() => ButtonNamed("Next").ClickAsync();

    /// <summary>Next, and wait until <paramref name="stepTitle"/> is the open step.</summary>
    public async Task ContinueToAsync(string stepTitle)
    {
        await NextAsync();
        await SelectedStep(stepTitle).WaitForAsync();
        await AssertAccessibleAsync($"wizard: {stepTitle}");
    }

    public Task BackAsync() => ButtonNamed("Back").ClickAsync();

    /// <summary>A registered trunk with every default but its name, from the wizard's first step to "Review order".</summary>
    public async Task ReviewRegisteredTrunkAsync(string name)
    {
        await OpenAsync();
        await ChooseProviderAsync("SIP trunk: registered");
        await ContinueToAsync("Plan and channels");
        await ContinueToAsync("Main settings");
        await SetNameAsync(name);
        await ContinueToAsync("Review order");
    }

    public async Task<CredentialsDialog> PayNowAsync()
    {
        await ButtonNamed("Pay now").ClickAsync();
        var dialog = new CredentialsDialog(Page);
        await dialog.Root.WaitForAsync();
        await AssertAccessibleAsync("credentials dialog after Pay now");
        return dialog;
    }

    public async Task<TrunkPage> SaveChangesAsync()
    {
        await ButtonNamed("Save changes").ClickAsync();
        await Assertions.Expect(Page).ToHaveURLAsync(new Regex("/trunks/[0-9a-f-]{36}$"));
        var trunk = new TrunkPage(Page);
        await trunk.Name.WaitForAsync();
        await AssertAccessibleAsync("trunk page after Save changes");
        return trunk;
    }
}
