using System.Diagnostics;

namespace TrunkPortal.Hosting;

/// <summary>
/// Logs, at Debug, how long the process has run (wall and CPU) when each start-up phase ends, so that a slow start
/// can be read phase by phase: <c>Logging__LogLevel__TrunkPortal.Hosting.StartupClock=Debug</c>.
/// </summary>
internal sealed class StartupClock(ILogger<StartupClock> logger)
{
    public void Mark(string phase)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }
        using var process = Process.GetCurrentProcess();
        logger.LogDebug(
            "Start-up: {Phase} at {WallMs:F0} ms since the process started ({CpuMs:F0} ms CPU).",
            phase, (DateTime.Now - process.StartTime).TotalMilliseconds, process.TotalProcessorTime.TotalMilliseconds);
    }
}
