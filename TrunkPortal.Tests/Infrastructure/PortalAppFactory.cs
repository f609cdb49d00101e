using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace TrunkPortal.Tests.Infrastructure;

/// <summary>
/// The whole app over its own database (<see cref="TestDatabase"/>: a temporary SQLite file, or a PostgreSQL database
/// when the run is on PostgreSQL), migrated and seeded as at a real start. A restart test passes its own
/// <paramref name="database"/> to two factories in turn and disposes it itself; otherwise the factory owns it.
/// </summary>
public sealed class PortalAppFactory(
    string environment = "Development",
    IReadOnlyDictionary<string, string?>? settings = null,
    TestDatabase? database = null,
    Action<IServiceCollection>? configureServices = null)
    : WebApplicationFactory<Program>
{
    private readonly bool _ownsDatabase = database is null;

    private static readonly Lazy<string> TestKeyRingCertificate = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"tp-tests-keyring-{Environment.ProcessId}.pfx");
        TrunkPortal.Trunks.KeyRingProtection.CreateSelfSigned(path).Dispose();
        return path;
    });

    public TestDatabase Database { get; } = database ?? TestDatabase.Create();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in Database.AppSettings())
        {
            builder.UseSetting(key, value);
        }
        // Many sign-ins from one test client: the sign-in throttle has its own tests, which set their own limit.
        builder.UseSetting("SignIn:AttemptsPerMinute", "100000");
        if (environment != "Development" && settings?.ContainsKey("DataProtection:CertificatePath") != true)
        {
            // Outside Development the key ring's certificate is required: one for every test app of the run.
            builder.UseSetting("DataProtection:CertificatePath", TestKeyRingCertificate.Value);
        }
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (configureServices is not null)
        {
            builder.ConfigureServices(configureServices);
        }
    }

    /// <summary>The demo account acme's API key (Development seed).</summary>
    public const string AcmeKey = "tp_demo_acme_5f2b8c41d7e94a06b3c1e8f27a9d0c6e";

    /// <summary>A client of the API that sends <c>Authorization: App &lt;key&gt;</c>.</summary>
    public HttpClient CreateApiClient(string key = AcmeKey)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("App", key);
        return client;
    }

    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DisposeAsync();
        }
    }
}
