using Microsoft.Playwright;

namespace TrunkPortal.E2E.Pages;

/// <summary>/audit: who changed what, with filters and a CSV export.</summary>
public sealed class AuditLogPage(IPage page) : PortalPage(page)
{
    public Task OpenAsync() => GotoAsync("/audit");

    public ILocator Rows => Page.GetByRole(AriaRole.Row).Filter(new() { HasNot = Page.GetByRole(AriaRole.Columnheader) });

    public ILocator Row(string action, string trunkName) =>
        Rows.Filter(new() { HasText = action }).Filter(new() { HasText = trunkName });

    public async Task FilterByTrunkAsync(Guid trunkId)
    {
        await Page.GetByLabel("Trunk id").FillAsync(trunkId.ToString());
        await Page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await AssertAccessibleAsync("audit log filtered");
    }

    public Task<IDownload> ExportCsvAsync() =>
        Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
}
