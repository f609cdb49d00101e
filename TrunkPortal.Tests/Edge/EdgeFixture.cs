using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrunkPortal.Api.Keys;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Edge;

[CollectionDefinition(Name)]
public sealed class EdgeCollection : ICollectionFixture<EdgeFixture>
{
    public const string Name = "SIP edge";
}

/// <summary>
/// The portal in Kamailio mode against the real local edge that edge/start.sh runs (CI starts it in .ci/run), on its
/// own SQLite file. A missing edge or sipp fails every test with what to do: never a silent skip.
/// </summary>
public sealed class EdgeFixture : IAsyncLifetime
{
    public const string PortalPassword = "portal-local-edge-2026";
    private readonly TestDatabase _database = TestDatabase.CreateSqlite();
    private EdgeAppFactory? _factory;

    public IServiceProvider Services => _factory!.Services;

    public async Task InitializeAsync()
    {
        await EnsureEdgeRunsAsync();
        _factory = new EdgeAppFactory(_database.ConnectionString);
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    /// <summary>A fresh account with both plans and an API key, so limits never depend on other tests.</summary>
    public async Task<HttpClient> NewAccountClientAsync() => (await NewAccountAsync()).Client;

    public async Task<(Guid Id, HttpClient Client)> NewAccountAsync()
    {
        var id = Guid.NewGuid();
        await using (var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Accounts.Add(new Account { Id = id, Name = $"edge-{id:N}", CreatedAt = DateTimeOffset.UtcNow, MeteredActive = true, UnlimitedActive = true });
            await db.SaveChangesAsync();
        }
        var key = $"tp_edge_{Guid.NewGuid():N}";
        using (var scope = Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiKeyService>().SeedApiKeyAsync(id, "edge-tests", key);
        }
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", key);
        return (id, client);
    }

    /// <summary>A trunk's status as the API would answer it (the stored trunk and the edge's registrations), null once deleted.</summary>
    /// <summary>Waits until the provisioner applied the trunk's last change to the edge.</summary>
    public async Task WaitForEdgeSyncAsync(string id)
    {
        var factory = Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TrunkPortal.Data.AppDbContext>>();
        for (var i = 0; i < 100; i++)
        {
            await using var db = await factory.CreateDbContextAsync();
            var trunk = await db.Trunks.FindAsync(Guid.Parse(id));
            if (trunk!.EdgeSyncDueAt is null)
            {
                return;
            }
            await Task.Delay(100);
        }
        Assert.Fail("The edge sync did not happen within 10 s.");
    }

    public async Task<TrunkStatusView?> StatusAsync(Guid trunkId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var trunk = await db.Trunks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == trunkId && t.DeletedAt == null);
        return trunk?.ToStatusView(Services.GetRequiredService<TrunkPortal.Edge.ISipEdge>());
    }

    /// <summary>Waits until the edge's snapshot holds no contact of <paramref name="username"/> (after a disable, a reset, a delete).</summary>
    public async Task WaitForNoContactsAsync(string username)
    {
        var sipEdge = Services.GetRequiredService<TrunkPortal.Edge.ISipEdge>();
        for (var i = 0; i < 100 && sipEdge.ContactsOf(username).Count > 0; i++)
        {
            await Task.Delay(100);
        }
        Assert.Empty(sipEdge.ContactsOf(username));
    }

    /// <summary>A client with one of the demo accounts' keys (the app is seeded as in Development).</summary>
    public HttpClient DemoClient(string key)
    {
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", key);
        return client;
    }

    /// <summary>The edge's own database, as the portal's provisioning role sees it.</summary>
    public static NpgsqlDataSource EdgeDatabase(string edge) =>
        NpgsqlDataSource.Create($"Host=127.0.0.1;Port=55432;Database=edge_{edge};Username=portal;Password={PortalPassword}");

    private static async Task EnsureEdgeRunsAsync()
    {
        const string install = "Start it with edge/start.sh (Debian: apt-get install kamailio kamailio-postgres-modules postgresql sip-tester jq).";
        try
        {
            var (code, _) = await EdgeTools.RunAsync("sipp", ["-v"], TimeSpan.FromSeconds(10));
            _ = code;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("sipp is not installed. " + install);
        }
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        foreach (var rpc in new[] { "http://127.0.0.10:5080/RPC", "http://127.0.0.11:5081/RPC", "http://127.0.0.12:5082/RPC" })
        {
            try
            {
                using var content = new StringContent("""{"jsonrpc":"2.0","method":"core.version","id":1}""");
                (await http.PostAsync(rpc, content)).EnsureSuccessStatusCode();
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                throw new InvalidOperationException($"The SIP edge at {rpc} does not answer ({ex.Message}). " + install, ex);
            }
        }
    }

    private sealed class EdgeAppFactory(string connectionString) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            // As `dotnet run --launch-profile edge` does; the values below override the file's.
            builder.UseSetting("SipEdge:SettingsFile", Path.Combine(EdgeTools.RepositoryRoot, "appsettings.Edge.json"));
            // Short, so the edge-down tests end in seconds; contacts read often, so badges follow fast.
            builder.UseSetting("SipEdge:ApplyTimeout", "00:00:03");
            builder.UseSetting("SipEdge:RegistrationPollInterval", "00:00:00.500");
            builder.UseSetting("SipEdge:CallTimeout", "00:00:02");
        }
    }
}
