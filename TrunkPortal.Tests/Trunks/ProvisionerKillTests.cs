using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain.Status;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Trunks;

/// <summary>
/// Issue 14's kill -9 test (plan 0014, 3.4 test 3): instance A, a real process, has claimed 10 pending actions and
/// applies them slowly; it is killed with SIGKILL; instance B completes all 10 once A's leases expire, and the audit
/// log has exactly one completion per action.
/// </summary>
[Trait("Db", "Postgres")]
public sealed class ProvisionerKillTests
{
    private const int LeaseSeconds = 4;
    private const int Actions = 10;

    [PostgresFact]
    public async Task ClaimsOfAKilledInstance_ShouldBeCompletedOnceByAnother_WhenTheirLeaseExpires()
    {
        await using var database = TestDatabase.CreateEmpty(DatabaseProvider.Postgres);
        var certificate = Path.Combine(Path.GetTempPath(), $"tp-kill-{Guid.NewGuid():N}.pfx");
        TrunkPortal.Trunks.KeyRingProtection.CreateSelfSigned(certificate).Dispose();
        var shared = new Dictionary<string, string?>
        {
            [PortalDatabase.ProviderKey] = "Postgres",
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["DataProtection:CertificatePath"] = certificate,
            ["Provisioning:LeaseSeconds"] = $"{LeaseSeconds}",
            ["Catalog:DefaultLimits:TrunksPerAccount"] = "100",
            ["Catalog:DefaultLimits:TrunksPerDataCenter"] = "100",
            ["Api:RateLimits:WritesPerMinute"] = "100000",
        };
        var factory = database.Factory;
        try
        {
            List<Guid> ids;
            using (var a = await PortalProcess.StartAsync(new Dictionary<string, string?>(shared)
            {
                // Actions fall due only when the test says so, then take A 3 s each: A holds all 10 claims meanwhile.
                ["Provisioning:DelayMs"] = "600000",
                ["Provisioning:SimulatedApplyMs"] = "3000",
            }))
            {
                // The seed's trunks are synced to the edge first (3 s each too): let A finish those.
                Assert.True(await WaitForAsync(async () =>
                {
                    await using var db = await factory.CreateDbContextAsync();
                    return await db.Trunks.AnyAsync(t => t.EdgeSyncDueAt != null) ? null : (bool?)true;
                }, TimeSpan.FromSeconds(120)), "A did not finish the seed's edge syncs:\n" + a.Log);
                ids = await CreateTrunksAsync(a.Url);
                await using (var db = await factory.CreateDbContextAsync())
                {
                    await db.Trunks.Where(t => ids.Contains(t.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(t => t.ActionDueAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
                }
                var holder = await WaitForAsync(async () =>
                {
                    await using var db = await factory.CreateDbContextAsync();
                    var claims = await db.Trunks.Where(t => ids.Contains(t.Id)).Select(t => t.ClaimedBy).Distinct().ToListAsync();
                    return claims is [{ } one] ? one : null;
                }, TimeSpan.FromSeconds(30));
                Assert.True(holder is not null, "A did not claim the 10 actions:\n" + a.Log);
                a.Kill();
            }
            var killedAt = DateTime.UtcNow;
            var doneByA = await CompletionsAsync(factory, ids);

            await using var b = new PortalAppFactory(database: database, settings: new Dictionary<string, string?>(shared)
            {
                ["Provisioning:DelayMs"] = "0",
            });
            _ = b.Services;
            var readyAt = DateTime.UtcNow;
            var allDone = await WaitForAsync(async () =>
            {
                await using var db = await factory.CreateDbContextAsync();
                return await db.Trunks.CountAsync(t => ids.Contains(t.Id) && t.ActionStatus == ActionStatus.Success) == Actions
                    ? (DateTime?)DateTime.UtcNow
                    : null;
            }, TimeSpan.FromSeconds(60));

            Assert.NotNull(allDone);
            // Within one lease of the kill plus one poll of B (a third of the lease), measured from when B could start
            // (the machine is shared: 2 s of slack).
            var from = readyAt > killedAt ? readyAt : killedAt;
            var budget = TimeSpan.FromSeconds(LeaseSeconds + LeaseSeconds / 3.0 + 2);
            Assert.True(allDone.Value - from <= budget, $"B took {(allDone.Value - from).TotalSeconds:0.0} s (budget {budget.TotalSeconds} s); A had done {doneByA}");
            await using var check = await factory.CreateDbContextAsync();
            var completions = await check.AuditEntries
                .Where(e => e.Action == AuditActions.TrunkProvisioned && e.TrunkId != null && ids.Contains(e.TrunkId.Value))
                .GroupBy(e => e.TrunkId)
                .Select(g => g.Count())
                .ToListAsync();
            Assert.Equal(Enumerable.Repeat(1, Actions), completions);
            Assert.Equal(0, await check.Trunks.CountAsync(t => ids.Contains(t.Id) && t.ClaimedBy != null));
        }
        finally
        {
            File.Delete(certificate);
        }
    }

    private static async Task<int> CompletionsAsync(IDbContextFactory<AppDbContext> factory, List<Guid> ids)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.AuditEntries.CountAsync(e => e.Action == AuditActions.TrunkProvisioned && e.TrunkId != null && ids.Contains(e.TrunkId.Value));
    }

    private static async Task<List<Guid>> CreateTrunksAsync(string url)
    {
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", PortalAppFactory.AcmeKey);
        var ids = new List<Guid>();
        for (var i = 0; i < Actions; i++)
        {
            using var created = await client.PostAsync("/calls/1/sip-trunks", new StringContent($$"""
                {"type":"STATIC","name":"Lease {{i}}","location":"FRANKFURT","channelLimit":10,
                 "billingPackage":{"packageType":"METERED"},"sourceHosts":["10.20.31.{{i + 1}}"],
                 "destinationHosts":["100.100.100.101:5060"],"strategy":"FAILOVER"}
                """, Encoding.UTF8, "application/json"));
            var body = await created.Content.ReadAsStringAsync();
            Assert.True(created.StatusCode == HttpStatusCode.Accepted, $"{(int)created.StatusCode}: {body}");
            ids.Add(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
        }
        return ids;
    }

    private static async Task<T?> WaitForAsync<T>(Func<Task<T?>> probe, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                return default;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The TrunkPortal build output started as its own process (as bench/benchlib.py does), so it can be SIGKILLed.</summary>
    private sealed class PortalProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _log = new();

        private PortalProcess(Process process, string url)
        {
            _process = process;
            Url = url;
        }

        public string Url { get; }

        public static async Task<PortalProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
        {
            var dll = AppDll();
            var url = $"http://127.0.0.1:{FreePort()}";
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(dll);
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add(url);
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
            foreach (var (key, value) in settings)
            {
                start.Environment[key.Replace(":", "__")] = value;
            }
            var portal = new PortalProcess(Process.Start(start)!, url);
            portal._process.OutputDataReceived += (_, e) => portal.Append(e.Data);
            portal._process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
            portal._process.BeginOutputReadLine();
            portal._process.BeginErrorReadLine();
            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(120);
            while (DateTime.UtcNow < deadline)
            {
                Assert.False(portal._process.HasExited, $"the app exited with {(portal._process.HasExited ? portal._process.ExitCode : 0)}:\n{portal.Log}");
                try
                {
                    using var health = await client.GetAsync(url + "/health");
                    if (health.IsSuccessStatusCode)
                    {
                        return portal;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                }
                await Task.Delay(200);
            }
            portal.Dispose();
            throw new TimeoutException($"no 200 from {url}/health within 120 s:\n{portal.Log}");
        }

        public string Log
        {
            get
            {
                lock (_log)
                {
                    return _log.ToString();
                }
            }
        }

        /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, no claim released.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: false);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }
            _process.Dispose();
        }

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_log)
                {
                    _log.AppendLine(line);
                }
            }
        }

        /// <summary>TrunkPortal.dll of the same configuration as this test assembly (…/TrunkPortal/bin/&lt;config&gt;/net10.0).</summary>
        private static string AppDll()
        {
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var framework = testBin.Name;
            var configuration = testBin.Parent!.Name;
            var root = testBin.Parent.Parent!.Parent!.Parent!.FullName;
            var dll = Path.Combine(root, "TrunkPortal", "bin", configuration, framework, "TrunkPortal.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: build TrunkPortal first");
            return dll;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
