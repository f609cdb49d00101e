using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace TrunkPortal.E2E.Infrastructure;

/// <summary>
/// One test's browser context with Playwright tracing on. When the test body throws, the trace and a full-page
/// screenshot are kept in <see cref="ArtifactsDirectory"/> (open the trace with Playwright's trace viewer).
/// </summary>
public static class BrowserSession
{
    public static string ArtifactsDirectory { get; } =
        Environment.GetEnvironmentVariable("E2E_ARTIFACTS") is { Length: > 0 } dir ? dir : Path.Combine(RepositoryRoot(), "e2e-artifacts");

    public static Task RunAsync(this PortalAppFixture app, Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        RunInContextAsync(app.NewContextAsync, test, testName);

    /// <summary>The same for a context made elsewhere (e.g. on one instance of <see cref="ClusterFixture"/>).</summary>
    public static async Task RunInContextAsync(Func<Task<IBrowserContext>> newContext, Func<IPage, Task> test, string testName)
    {
        await using var context = await newContext();
        context.SetDefaultTimeout(15_000);
        await context.Tracing.StartAsync(new() { Screenshots = true, Snapshots = true, Sources = false, Title = testName });
        var page = await context.NewPageAsync();
        try
        {
            await test(page);
            await context.Tracing.StopAsync();
        }
        catch
        {
            Directory.CreateDirectory(ArtifactsDirectory);
            // Theory cases share a method name: a short random part keeps each failure's files apart.
            var stem = Path.Combine(ArtifactsDirectory, $"{testName}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..4]}");
            await page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true });
            await context.Tracing.StopAsync(new() { Path = stem + ".trace.zip" });
            throw;
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TrunkPortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? Path.GetTempPath();
    }
}
