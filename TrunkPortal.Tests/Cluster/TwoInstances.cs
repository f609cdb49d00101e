using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Cluster;

/// <summary>
/// Two apps, instances "A" and "B", on one new PostgreSQL database (TEST_PG's server), sharing one key-ring
/// certificate as a deployment's instances do. Nothing starts until <see cref="StartAsync"/>.
/// </summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    private readonly TestDatabase _database = TestDatabase.CreateEmpty(DatabaseProvider.Postgres);
    private readonly string _certificate;

    private TwoInstances()
    {
        ConnectionString = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { ApplicationName = "test" }.ConnectionString;
        _certificate = Path.Combine(Path.GetTempPath(), $"{_database.Name}.keyring.pfx");
        KeyRingProtection.CreateSelfSigned(_certificate).Dispose();
        A = NewApp("A");
        B = NewApp("B");
    }

    public PortalAppFactory A { get; }

    public PortalAppFactory B { get; }

    /// <summary>The database's connection string for the test itself (application_name "test").</summary>
    public string ConnectionString { get; }

    public static Task<TwoInstances> CreateAsync() => Task.FromResult(new TwoInstances());

    /// <summary>Starts both apps at the same time (each migrates and seeds under the start-up lock).</summary>
    public Task StartAsync() => Task.WhenAll(Task.Run(() => A.Services), Task.Run(() => B.Services));

    /// <summary>Waits until <paramref name="app"/>'s listener has connected at least <paramref name="times"/> times.</summary>
    public static async Task WaitForListenerAsync(PortalAppFactory app, int times = 1)
    {
        var listener = app.Services.GetRequiredService<PostgresTrunkChanges>();
        await Eventually.TrueAsync(() => Task.FromResult(listener.Connections >= times), $"listener connected {times} times");
    }

    public static StringContent StaticTrunk(string name, string sourceHost) => new($$"""
        {"type":"STATIC","name":"{{name}}","location":"FRANKFURT","channelLimit":10,
         "billingPackage":{"packageType":"METERED"},"sourceHosts":["{{sourceHost}}"],
         "destinationHosts":["100.100.100.101:5060"],"strategy":"FAILOVER"}
        """, Encoding.UTF8, "application/json");

    public Task ExecuteAsync(string sql) => _database.ExecuteAsync(sql);

    public async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await _database.ScalarAsync(sql), System.Globalization.CultureInfo.InvariantCulture);

    public async Task<string?> ScalarTextAsync(string sql) => (string?)await _database.ScalarAsync(sql);

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        await _database.DisposeAsync();
        File.Delete(_certificate);
    }

    private PortalAppFactory NewApp(string instanceId) => new(database: _database, settings: new Dictionary<string, string?>
    {
        ["Portal:InstanceId"] = instanceId,
        ["DataProtection:CertificatePath"] = _certificate,
        ["Provisioning:DelayMs"] = "0",
    });
}

/// <summary>Polls a condition that another instance makes true a moment later.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not within {seconds} s: {what}.");
            await Task.Delay(50);
        }
    }
}
