using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>
/// Any screen by its address, for what every screen shares: opened, it is checked with axe-core like every other
/// page object's navigation. Used for the screens no flow needs otherwise (data centers, account settings, SIP edges).
/// </summary>
public sealed class ScreenPage(IPage page) : PortalPage(page)
{
    /// <summary>A screen of the interactive portal: waits for the circuit, then checks.</summary>
    public Task OpenAsync(string path) => GotoAsync(path);

    /// <summary>The Identity pages are static server-rendered: no circuit to wait for.</summary>
    public async Task OpenStaticAsync(string path)
    {
        await Page.GotoAsync(path);
        await AssertAccessibleAsync($"{path} (static)");
    }

    public ILocator Heading(string name) => Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 });
}
