using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>/trunks/{id}: settings, SBC addresses, status badges and the actions the status allows.</summary>
public sealed class TrunkPage(IPage page) : PortalPage(page)
{
    public ILocator Name => Page.GetByTestId("trunk-name");

    public ILocator ActionBadge => Page.GetByTestId("action-status").First;

    public ILocator AdminBadge => Page.GetByTestId("admin-status").First;

    public ILocator RegistrationBadge => Page.GetByTestId("registration-status").First;

    /// <summary>The alert naming how the last action ended (RESET or FAILED) and why.</summary>
    public ILocator LastActionAlert => Page.GetByText("The last action ended");

    public ILocator CredentialsResetNotice => Page.GetByTestId("credentials-reset-notice");

    public ILocator NotFound => Page.GetByRole(AriaRole.Heading, new() { Name = "Not found" });

    public Task OpenAsync(Guid trunkId) => GotoAsync($"/trunks/{trunkId}");

    public Task OpenAsync(string path) => GotoAsync(path);

    /// <summary>An enabled action is a button (Edit is a link); a disabled one is a button inside a focusable span labelled with the reason.</summary>
    public ILocator Action(string name) =>
        Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).Or(Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));

    /// <summary>T4: the reason a disabled action carries (its tooltip, also its accessible label).</summary>
    public Task<string?> DisabledReasonAsync(string name) =>
        Page.Locator("span[tabindex='0'][aria-label]").Filter(new() { Has = Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }) })
            .GetAttributeAsync("aria-label");

    public ILocator Setting(string label) => Page.GetByRole(AriaRole.Row, new() { Name = label }).GetByRole(AriaRole.Cell);

    public async Task<WizardPage> EditAsync()
    {
        await Action("Edit").ClickAsync();
        var wizard = new WizardPage(Page);
        await wizard.StepTab("Provider").WaitForAsync();
        await AssertAccessibleAsync("wizard: edit");
        return wizard;
    }

    public Task DisableAsync() => Action("Disable").ClickAsync();

    public Task EnableAsync() => Action("Enable").ClickAsync();

    public async Task<CredentialsDialog> ResetCredentialsAsync(string buttonName = "Reset password")
    {
        await Action(buttonName).ClickAsync();
        await ConfirmAsync(buttonName);
        var dialog = new CredentialsDialog(Page);
        await dialog.Root.WaitForAsync();
        await AssertAccessibleAsync($"credentials dialog after {buttonName}");
        return dialog;
    }

    /// <summary>The confirmation a reset asks for first (its button is named like the action).</summary>
    public ILocator Confirmation => Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "working at once" });

    public Task ConfirmAsync(string buttonName) =>
        Confirmation.GetByRole(AriaRole.Button, new() { Name = buttonName, Exact = true }).ClickAsync();

    /// <summary>Delete with the typed confirmation: the exact trunk name.</summary>
    public async Task DeleteAsync(string trunkName)
    {
        await Action("Delete").ClickAsync();
        var dialog = Page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Trunk name").FillAsync(trunkName);
        await AssertAccessibleAsync("delete dialog");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete", Exact = true }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    public SupportPanel Support => new(Page);
}
