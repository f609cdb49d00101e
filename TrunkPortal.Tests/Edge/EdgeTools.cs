using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TrunkPortal.Tests.Edge;

/// <summary>The repository's edge/ folder (scripts, sipp scenarios), found from the test binaries upwards.</summary>
internal static class EdgeTools
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Scenario(string name) => Path.Combine(RepositoryRoot, "edge", "sipp", name);

    /// <summary>Runs edge/start.sh or edge/stop.sh with arguments; fails the test with their output when they fail.</summary>
    public static async Task RunScriptAsync(string script, params string[] arguments)
    {
        var (exitCode, output) = await RunAsync(Path.Combine(RepositoryRoot, "edge", script), arguments, TimeSpan.FromSeconds(60));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"edge/{script} {string.Join(' ', arguments)} exited {exitCode}:\n{output}");
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string file, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not end within {timeout}.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>A UDP port nobody uses on 127.0.0.1 right now, for one sipp run.</summary>
    public static int FreeUdpPort()
    {
        using var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.Client.LocalEndPoint!).Port;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "edge", "kamailio.cfg")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("The repository's edge/ folder was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// sipp, the real SIP peer: a PBX that registers and calls, a platform that answers. Each run is bounded (-m 1,
/// -timeout) and its exit code is sipp's: 0 when the scenario went as written (e.g. 401 then 200).
/// </summary>
internal static class Sipp
{
    /// <param name="calls">How many calls (-m), started at <paramref name="rate"/> per second, each held <paramref name="holdMs"/> ms (-d).</param>
    public static async Task<SippRun> RunAsync(string edge, string scenario, string user, string? password = null,
        int expires = 120, string extraHeader = "X-Test: 1", string localIp = "127.0.0.1", int? localPort = null,
        int calls = 1, int rate = 10, int holdMs = 200)
    {
        var arguments = new List<string>
        {
            $"{edge}:5060", "-sf", EdgeTools.Scenario(scenario), "-s", user, "-key", "expires", expires.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-key", "extra", extraHeader, "-i", localIp, "-p", (localPort ?? EdgeTools.FreeUdpPort()).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-bind_local", "-ci", "127.0.0.1", "-cp", EdgeTools.FreeUdpPort().ToString(System.Globalization.CultureInfo.InvariantCulture), "-mi", localIp, "-t", "u1",
            "-m", calls.ToString(System.Globalization.CultureInfo.InvariantCulture), "-r", rate.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-d", holdMs.ToString(System.Globalization.CultureInfo.InvariantCulture), "-timeout", "20s", "-timeout_error", "-nostdin",
        };
        if (password is not null)
        {
            arguments.AddRange(["-au", user, "-ap", password]);
        }
        var (exitCode, output) = await EdgeTools.RunAsync("sipp", arguments, TimeSpan.FromSeconds(30));
        return new SippRun(exitCode, output);
    }

    /// <summary>Fails the test unless the run went as written, with sipp's screen in the message.</summary>
    public static async Task ShouldPassAsync(this Task<SippRun> run) => (await run).ShouldPass();

    /// <summary>
    /// For a change the edge applies a moment later (an edge sync): runs sipp again until a run passes, for up to 10 s,
    /// then fails with the last run's screen.
    /// </summary>
    public static async Task ShouldPassSoonAsync(Func<Task<SippRun>> sipp)
    {
        var clock = Stopwatch.StartNew();
        SippRun run;
        while ((run = await sipp()).ExitCode != 0 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(200);
        }
        run.ShouldPass();
    }

    /// <summary>The voice platform behind the edges (their PLATFORM, 127.0.0.1:5090) for one call; dispose stops it.</summary>
    public static Process StartPlatform()
    {
        var start = new ProcessStartInfo("sipp") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-sf", EdgeTools.Scenario("platform.xml"), "-i", "127.0.0.1", "-p", "5090", "-bind_local", "-ci", "127.0.0.1",
                     "-cp", EdgeTools.FreeUdpPort().ToString(System.Globalization.CultureInfo.InvariantCulture), "-mi", "127.0.0.1", "-t", "u1", "-m", "5", "-timeout", "60s", "-nostdin" })
        {
            start.ArgumentList.Add(a);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("sipp did not start.");
    }
}

/// <summary>One sipp run: its exit code and what it printed (errors, then the scenario screen with each message's counts).</summary>
internal readonly record struct SippRun(int ExitCode, string Output)
{
    public void ShouldPass()
    {
        if (ExitCode != 0)
        {
            // The statistics screen only repeats totals; the scenario screen's message counts and the errors after it
            // (stderr: the unexpected message, the timeout) say what went wrong.
            var screen = Regex.Replace(Output, @"-+ Statistics Screen .*?Test Terminated -+\n", "", RegexOptions.Singleline);
            throw new Xunit.Sdk.XunitException($"sipp exited {ExitCode}, not 0:\n{screen}");
        }
    }
}

/// <summary>
/// A static trunk's destination played by sipp (edge/sipp/destination.xml) on 127.0.0.1 and a port of its own: it
/// answers OPTIONS and calls, and logs every message it receives, so a test counts what reached it. Dispose stops it.
/// </summary>
internal sealed class SippDestination : IDisposable
{
    private readonly string _messages = Path.Combine(Path.GetTempPath(), $"tp-destination-{Guid.NewGuid():N}.log");
    private Process? _process;

    private SippDestination(int port) => Port = port;

    public int Port { get; }

    /// <summary>How the trunk's destination list names it.</summary>
    public string Host => $"127.0.0.1:{Port}";

    public string Uri => $"sip:127.0.0.1:{Port}";

    public static SippDestination Start(int? port = null)
    {
        var destination = new SippDestination(port ?? EdgeTools.FreeUdpPort());
        destination.Run();
        return destination;
    }

    /// <summary>Starts it again on the same port, after <see cref="Stop"/>: the destination answers again.</summary>
    public void Run()
    {
        var start = new ProcessStartInfo("sipp") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-sf", EdgeTools.Scenario("destination.xml"), "-i", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-bind_local", "-ci", "127.0.0.1", "-cp", EdgeTools.FreeUdpPort().ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "-mi", "127.0.0.1", "-t", "u1", "-m", "100000", "-timeout", "300s", "-nostdin", "-trace_msg", "-message_file", _messages })
        {
            start.ArgumentList.Add(a);
        }
        _process = Process.Start(start) ?? throw new InvalidOperationException("sipp did not start.");
        _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        Thread.Sleep(200);
    }

    /// <summary>Stops it: nothing answers on its port any more (OPTIONS time out, calls fail over).</summary>
    public void Stop()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }
        _process?.Dispose();
        _process = null;
    }

    public int Received(string method) => File.Exists(_messages)
        ? File.ReadLines(_messages).Count(l => l.StartsWith(method + " sip:", StringComparison.Ordinal))
        : 0;

    public void Dispose()
    {
        Stop();
        File.Delete(_messages);
    }
}
