using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>/api-keys: create a key (shown once), list and revoke.</summary>
public sealed class ApiKeysPage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/api-keys");

    public ILocator Row(string name) => Page.GetByRole(AriaRole.Row).Filter(new() { HasText = name });

    public ILocator CreatedDialog => Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "API key created" });

    /// <summary>The key as shown once in the dialog: a read-only field labelled with the key's name.</summary>
    public Task<string> CreatedKeyAsync(string name) => CreatedDialog.GetByLabel(name, new() { Exact = true }).InputValueAsync();

    public async Task CreateAsync(string name)
    {
        await Page.GetByLabel("Name of the new key").FillAsync(name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create API key" }).ClickAsync();
        await CreatedDialog.WaitForAsync();
        await AssertAccessibleAsync("API key created dialog");
    }

    public async Task AcknowledgeAsync()
    {
        await CreatedDialog.GetByRole(AriaRole.Button, new() { Name = "I have copied it" }).ClickAsync();
        await CreatedDialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    public async Task RevokeAsync(string name)
    {
        await Row(name).GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        var confirm = Page.GetByRole(AriaRole.Dialog).Filter(new() { HasText = "Revoke API key?" });
        await confirm.WaitForAsync();
        await AssertAccessibleAsync("revoke API key dialog");
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await confirm.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }
}
