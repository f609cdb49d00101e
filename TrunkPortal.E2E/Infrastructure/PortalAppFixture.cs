using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace TrunkPortal.E2E.Infrastructure;

/// <summary>
/// Hosts TrunkPortal in this process on a free loopback port with its own SQLite file, and launches Debian's
/// Chromium once for the collection. Each test opens its own browser context.
/// </summary>
public class PortalAppFixture : IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"tp-e2e-{Guid.NewGuid():N}.db");
    private PortalFactory? _factory;

    public string BaseUrl { get; private set; } = "";

    public IPlaywright Playwright { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The app's services, for test set-up through the same services the UI uses (accounts, trunks).</summary>
    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The app is not started.");

    /// <summary>How long the simulated platform takes to finish an action; short, so flows stay fast.</summary>
    protected virtual int ProvisioningDelayMs => 300;

    /// <summary>More settings for the hosted app (e.g. the SIP edge's).</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public async Task InitializeAsync()
    {
        _factory = new PortalFactory($"Data Source={_databasePath}", ProvisioningDelayMs, Settings);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        // The machine is small and shared: give the UI time before a step counts as failed.
        Assertions.SetDefaultExpectTimeout(10_000);
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(BrowserOptions.Launch());
    }

    public Task<IBrowserContext> NewContextAsync() =>
        Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "en-US" });

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm", _databasePath + ".keyring.pfx" })
        {
            File.Delete(file);
        }
    }

    private sealed class PortalFactory(string connectionString, int provisioningDelayMs, IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Default", connectionString);
            // A circuit that crashes names its exception in the browser console, so the trace shows it.
            builder.UseSetting("DetailedErrors", "true");
            // Every flow signs in from 127.0.0.1: far more than a person would in a minute.
            builder.UseSetting("SignIn:AttemptsPerMinute", "100000");
            builder.UseSetting("Provisioning:DelayMs", provisioningDelayMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
