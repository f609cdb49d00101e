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
    private readonly string _admin;
    private readonly string _database;
    private readonly string _certificate;
    private readonly string _instances;

    private TwoInstances(string admin, string database)
    {
        _admin = admin;
        _database = database;
        _instances = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        ConnectionString = new NpgsqlConnectionStringBuilder(_instances) { ApplicationName = "test" }.ConnectionString;
        _certificate = Path.Combine(Path.GetTempPath(), $"{database}.keyring.pfx");
        KeyRingProtection.CreateSelfSigned(_certificate).Dispose();
        A = NewApp("A");
        B = NewApp("B");
    }

    public PortalAppFactory A { get; }

    public PortalAppFactory B { get; }

    /// <summary>The database's connection string for the test itself (application_name "test").</summary>
    public string ConnectionString { get; }

    public static async Task<TwoInstances> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!;
        var database = $"tp_t_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"CREATE DATABASE {database}");
        return new TwoInstances(admin, database);
    }

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

    public async Task ExecuteAsync(string sql) => await ExecuteAsync(ConnectionString, sql);

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    public async Task<string?> ScalarTextAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await A.DisposeAsync();
        await B.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        File.Delete(_certificate);
    }

    private PortalAppFactory NewApp(string instanceId) => new(settings: new Dictionary<string, string?>
    {
        [PortalDatabase.ProviderKey] = "Postgres",
        ["ConnectionStrings:Default"] = _instances,
        ["Portal:InstanceId"] = instanceId,
        ["DataProtection:CertificatePath"] = _certificate,
        ["Provisioning:DelayMs"] = "0",
    });

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
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
