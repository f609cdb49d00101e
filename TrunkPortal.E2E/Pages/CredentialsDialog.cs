using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>The dialog after "Pay now" or a reset: SBC addresses and, once, the credentials.</summary>
public sealed class CredentialsDialog(IPage page) : PortalPage(page)
{
    public ILocator Root => Page.GetByRole(AriaRole.Dialog);

    public ILocator Warning => Root.GetByTestId("secrets-warning");

    public ILocator Field(string label) => Root.GetByLabel(label, new() { Exact = true });

    public Task<string> ValueAsync(string label) => Field(label).InputValueAsync();

    /// <summary>Clicks the field's copy button and returns what reached the clipboard (needs clipboard permissions).</summary>
    public async Task<string> CopyAsync(string label)
    {
        await Page.EvaluateAsync("() => navigator.clipboard.writeText('')");
        await Root.GetByRole(AriaRole.Button, new() { Name = $"Copy {label}", Exact = true }).ClickAsync();
        await Page.WaitForFunctionAsync("async () => (await navigator.clipboard.readText()) !== ''", null, new() { PollingInterval = 50 });
        return await ReadClipboardAsync();
    }

    public Task<IDownload> DownloadAsync() =>
        Page.RunAndWaitForDownloadAsync(() => Root.GetByRole(AriaRole.Button, new() { Name = "Download as text" }).ClickAsync());

    /// <summary>The keyboard alone: the dialog holds the focus; Tab to its closing button and press Enter.</summary>
    public async Task AcknowledgeByKeyboardAsync()
    {
        var button = Root.GetByRole(AriaRole.Button, new() { Name = "I have saved them" }).Or(Root.GetByRole(AriaRole.Button, new() { Name = "Done" }));
        await new KeyboardUser(Page).PressOnAsync(button, "Enter");
        await Root.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }

    public async Task AcknowledgeAsync()
    {
        await Root.GetByRole(AriaRole.Button, new() { Name = "I have saved them" })
            .Or(Root.GetByRole(AriaRole.Button, new() { Name = "Done" })).ClickAsync();
        await Root.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }
}
