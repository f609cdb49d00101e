using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

public sealed class TrunkPage(IPage page) : PortalPage(page)
{
    public ILocator Name => Page.GetByTestId("trunk-name");

    public ILocator ActionBadge => Page.GetByTestId("action-status").First;

    public ILocator AdminBadge => Page.GetByTestId("admin-status").First;

    public Task OpenAsync(string path) => GotoAsync(path);

    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    public async Task<CredentialsDialog> ResetCredentialsAsync(string buttonName = "Reset password")
    {
        await Button(buttonName).ClickAsync();
        var dialog = new CredentialsDialog(Page);
        await dialog.Root.WaitForAsync();
        return dialog;
    }
}
