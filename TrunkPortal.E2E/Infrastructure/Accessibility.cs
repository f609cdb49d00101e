using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Sdk;

namespace TrunkPortal.E2E.Infrastructure;

/// <summary>
/// Runs axe-core on the page as it is now. A critical or serious violation fails the test with each rule's id,
/// impact and target selectors; moderate and minor ones are appended to <c>axe-findings.txt</c> in the artifacts
/// folder, to be read, not to fail on. The page objects call this after every navigation, wizard step and dialog.
/// </summary>
public static class Accessibility
{
    private static readonly string[] _failingImpacts = ["critical", "serious"];
    private static readonly Lock _findingsLock = new();

    public static async Task AssertAccessibleAsync(this IPage page, string state)
    {
        // Transitions (dialog fade-in, ripple, popover) are caught half-transparent and contrast would be measured on
        // them: wait until they end. Endless ones (progress spinners) never do and are left out.
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)",
            null, new() { PollingInterval = 50 });
        var result = await page.RunAxe(new AxeRunOptions
        {
            ResultTypes = [ResultType.Violations],
        });
        var violations = result.Violations ?? [];
        var lesser = violations.Where(v => !_failingImpacts.Contains(v.Impact)).ToList();
        if (lesser.Count > 0)
        {
            Record(state, page.Url, lesser);
        }
        var failing = violations.Where(v => _failingImpacts.Contains(v.Impact)).ToList();
        if (failing.Count > 0)
        {
            throw new XunitException($"axe found {failing.Count} critical or serious violation(s) on {state} ({page.Url}):\n{Describe(failing)}");
        }
    }

    private static string Describe(IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder();
        foreach (var violation in violations)
        {
            text.AppendLine($"- {violation.Id} [{violation.Impact}]: {violation.Help}");
            foreach (var node in violation.Nodes)
            {
                var html = node.Html.ReplaceLineEndings(" ");
                var why = node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
                text.AppendLine($"    {node.Target}  {(html.Length > 160 ? html[..160] + "…" : html)}");
                if (why is not null)
                {
                    text.AppendLine($"      {why}");
                }
            }
        }
        return text.ToString();
    }

    private static void Record(string state, string url, IEnumerable<AxeResultItem> violations)
    {
        lock (_findingsLock)
        {
            Directory.CreateDirectory(BrowserSession.ArtifactsDirectory);
            File.AppendAllText(Path.Combine(BrowserSession.ArtifactsDirectory, "axe-findings.txt"), $"{state} ({url}):\n{Describe(violations)}\n");
        }
    }
}
