using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>What every page object shares: the Playwright page and waiting for the interactive circuit.</summary>
public abstract class PortalPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>Clicks before the SignalR circuit connects are lost (stack.md pitfall 2): wait for the marker.</summary>
    public Task WaitForCircuitAsync() =>
        Page.GetByTestId("interactive").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    protected async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await WaitForCircuitAsync();
    }

    /// <summary>A MudSelect opens a popover; its items are options by text.</summary>
    protected async Task SelectAsync(string label, string optionText)
    {
        await Page.GetByLabel(label, new() { Exact = true }).ClickAsync();
        await Page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = optionText }).First.ClickAsync();
    }
}
