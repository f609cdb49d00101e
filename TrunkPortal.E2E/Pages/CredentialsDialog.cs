using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>The dialog after "Pay now" or a reset: SBC addresses and, once, the credentials.</summary>
public sealed class CredentialsDialog(IPage page) : PortalPage(page)
{
    public ILocator Root => Page.GetByRole(AriaRole.Dialog);

    public ILocator Warning => Root.GetByTestId("secrets-warning");

    public ILocator Field(string label) => Root.GetByLabel(label, new() { Exact = true });

    public Task<string> ValueAsync(string label) => Field(label).InputValueAsync();

    /// <summary>
    /// Clicks the field's copy button and returns what reached the clipboard (needs clipboard permissions), or "" if
    /// nothing did within 10 s. The copy is a round trip through the circuit, so the clipboard is polled from here,
    /// each read awaited (a page-side wait on an async predicate once returned before the text had arrived).
    /// </summary>
    public async Task<string> CopyAsync(string label)
    {
        await Page.EvaluateAsync("() => navigator.clipboard.writeText('')");
        await Root.GetByRole(AriaRole.Button, new() { Name = $"Copy {label}", Exact = true }).ClickAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var copied = await ReadClipboardAsync();
        while (copied.Length == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            copied = await ReadClipboardAsync();
        }
        return copied;
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
