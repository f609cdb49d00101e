using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>The "Support actions" panel on /support/accounts/{a}/trunks/{t}: SYSTEM_DISABLED, root cause fixed, scheduled faults.</summary>
public sealed class SupportPanel(IPage page) : PortalPage(page)
{
    public ILocator Root => Page.GetByTestId("support-panel");

    public async Task SystemDisableAsync(string rootCause)
    {
        await Root.GetByLabel("Root cause").FillAsync(rootCause);
        await AssertAccessibleAsync("support panel, root cause filled");
        await Root.GetByRole(AriaRole.Button, new() { Name = "Set SYSTEM_DISABLED" }).ClickAsync();
    }

    public Task RootCauseFixedAsync() => Root.GetByRole(AriaRole.Button, new() { Name = "Root cause fixed" }).ClickAsync();

    /// <summary>The option text starts with RESET or FAILED; the reason is what the account admin reads.</summary>
    public async Task ScheduleFaultAsync(string outcome, string reason)
    {
        await SelectAsync("Next action ends", outcome);
        await Root.GetByLabel("Reason shown to the account admin").FillAsync(reason);
        await Root.GetByRole(AriaRole.Button, new() { Name = "Schedule" }).ClickAsync();
    }
}
