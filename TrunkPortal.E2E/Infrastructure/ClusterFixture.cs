using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using TrunkPortal.Tests.Edge;

namespace TrunkPortal.E2E.Infrastructure;

/// <summary>
/// The real cluster of deploy/cluster.sh (PostgreSQL, two published instances, nginx), started on free ports in its
/// own run directory, so a cluster someone runs on the default ports is left alone; stopped and deleted at the end.
/// Browser tests open instance B through nginx's port pinned to B; API calls go to A through A's pinned port.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>Long enough for a browser to see CREATING before the provisioner finishes.</summary>
    public const int ProvisioningDelayMs = 10_000;

    private readonly string _runDirectory = Path.Combine(Path.GetTempPath(), $"tp-e2e-cluster-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _environment = [];

    public int InstancePortA { get; private set; }

    public int InstancePortB { get; private set; }

    /// <summary>nginx, pinned to instance A.</summary>
    public string UrlA { get; private set; } = "";

    /// <summary>nginx, pinned to instance B.</summary>
    public string UrlB { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var ports = FreeTcpPorts(6);
        InstancePortA = ports[4];
        InstancePortB = ports[5];
        UrlA = $"http://127.0.0.1:{ports[2]}";
        UrlB = $"http://127.0.0.1:{ports[3]}";
        _environment["CLUSTER_RUN_DIR"] = _runDirectory;
        _environment["CLUSTER_PG_PORT"] = ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["CLUSTER_HTTP_PORT"] = ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["CLUSTER_HTTP_PORT_A"] = ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["CLUSTER_HTTP_PORT_B"] = ports[3].ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["CLUSTER_PORT_A"] = InstancePortA.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["CLUSTER_PORT_B"] = InstancePortB.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Settings for both instances, the usual way (environment variables).
        _environment["Provisioning__DelayMs"] = ProvisioningDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _environment["SignIn__AttemptsPerMinute"] = "100000";
        _environment["DetailedErrors"] = "true";
        try
        {
            // Publish and two starts on a small shared machine: minutes, not seconds.
            await ClusterAsync("start", TimeSpan.FromMinutes(10));
        }
        catch
        {
            await StopAsync();
            throw;
        }

        Assertions.SetDefaultExpectTimeout(10_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(BrowserOptions.Launch());
    }

    /// <summary>One test in a new browser context whose pages open on instance B.</summary>
    public Task RunOnBAsync(Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        BrowserSession.RunInContextAsync(
            () => Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = UrlB, Locale = "en-US" }), test, testName);

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        Playwright?.Dispose();
        await StopAsync();
    }

    private async Task StopAsync()
    {
        await ClusterAsync("stop", TimeSpan.FromMinutes(1));
        if (Directory.Exists(_runDirectory))
        {
            Directory.Delete(_runDirectory, recursive: true);
        }
    }

    private async Task ClusterAsync(string command, TimeSpan timeout)
    {
        var (exitCode, output) = await EdgeTools.RunAsync(Path.Combine(EdgeTools.RepositoryRoot, "deploy", "cluster.sh"), [command], timeout, _environment);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"deploy/cluster.sh {command} exited {exitCode}:\n{output}");
        }
    }

    /// <summary>Ports nobody listens on right now, all held until all are chosen, so none is picked twice.</summary>
    private static int[] FreeTcpPorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }
}

/// <summary>Its own cluster of processes and ports: runs in parallel with the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
