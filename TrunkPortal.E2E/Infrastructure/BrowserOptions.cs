using Microsoft.Playwright;

namespace TrunkPortal.E2E.Infrastructure;

/// <summary>Debian's Chromium (Playwright cannot download a browser here). HEADED=1 shows the window where a display exists.</summary>
internal static class BrowserOptions
{
    public static BrowserTypeLaunchOptions Launch() => new()
    {
        ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
        Headless = Environment.GetEnvironmentVariable("HEADED") != "1",
        SlowMo = Environment.GetEnvironmentVariable("HEADED") == "1" ? 250 : 0,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    };
}
