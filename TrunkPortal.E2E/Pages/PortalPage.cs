using Microsoft.Playwright;
using TrunkPortal.E2E.Infrastructure;

namespace TrunkPortal.E2E.Pages;

/// <summary>
/// What every page object shares: the Playwright page and waiting for the interactive circuit. URL changes are
/// awaited with <c>Expect(Page).ToHaveURLAsync</c>, not <c>WaitForURLAsync</c>: Blazor navigates in the page
/// (no load event), which made WaitForURL time out now and then.
/// </summary>
public abstract class PortalPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The last snackbar message (successes and refusals of actions).</summary>
    public ILocator Snackbar => Page.Locator(".mud-snackbar").Last;

    /// <summary>Clicks before the SignalR circuit connects are lost (stack.md pitfall 2): wait for the marker.</summary>
    public Task WaitForCircuitAsync() =>
        Page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    /// <summary>Any text on the page, e.g. to prove a name or a secret is (not) shown.</summary>
    public ILocator Text(string text) => Page.GetByText(text);

    /// <summary>The clipboard as the copy buttons left it; the test's context needs clipboard-read permission.</summary>
    public Task<string> ReadClipboardAsync() => Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

    /// <summary>The whole document as HTML, to prove a secret left no trace in it.</summary>
    public Task<string> HtmlAsync() => Page.ContentAsync();

    /// <summary>Fails the test on a critical or serious axe-core violation in the page as it is now.</summary>
    public Task AssertAccessibleAsync(string state) => Page.AssertAccessibleAsync(state);

    /// <summary>A value kept in the document: it survives in-page updates and is lost on a reload.</summary>
    public Task<string> DocumentMarkerAsync() =>
        Page.EvaluateAsync<string>("() => window.__e2eDocument ??= crypto.randomUUID()");

    protected async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForCircuitAsync();
        await AssertAccessibleAsync($"{GetType().Name} {path}");
    }

    protected ILocator ButtonNamed(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>A MudSelect opens a popover; its items are options by text.</summary>
    protected async Task SelectAsync(string label, string optionText)
    {
        await Page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        var option = Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = optionText }).First;
        await option.WaitForAsync();
        await AssertAccessibleAsync($"{label} open");
        await option.ClickAsync();
        await option.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
    }
}
