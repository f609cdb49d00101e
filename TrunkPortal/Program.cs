using MudBlazor.Services;
using TrunkPortal.Api;
using TrunkPortal.Bench;
using TrunkPortal.Components;
using TrunkPortal.Configuration;
using TrunkPortal.Data;
using TrunkPortal.Edge;
using TrunkPortal.Hosting;
using TrunkPortal.Identity;
using TrunkPortal.Seeding;
using TrunkPortal.ServiceAddresses;
using TrunkPortal.Trunks;

if (args is ["--create-keyring", var keyRingPath])
{
    // deploy/cluster.sh: one certificate for every instance of a cluster (DataProtection:CertificatePath).
    KeyRingProtection.CreateSelfSigned(keyRingPath).Dispose();
    Console.WriteLine($"Wrote the key ring's certificate to {keyRingPath}.");
    return;
}

var builder = WebApplication.CreateBuilder(args);
// No "Server: Kestrel": nothing tells a client what runs here.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Configuration.UseSharedAppSettings();
builder.Configuration.AddSipEdgeSettingsFile();
builder.Configuration.AdvertiseEdgeSbcAddresses();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
// Snackbars fully opaque: at MudBlazor's default 95% the page shows through and white text on the success green
// falls under 4.5:1 (axe color-contrast).
builder.Services.AddMudServices(options => options.SnackbarConfiguration.MaximumOpacity = 100);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddPortalCatalog(builder.Configuration);
// Database:Provider: Sqlite (the default) or Postgres, each with its own migrations and compiled model.
builder.Services.AddPortalDatabase(builder.Configuration);
builder.Services.AddPortalIdentity();
builder.Services.AddPortalForwardedHeaders(builder.Configuration);
builder.Services.AddSignInThrottle(builder.Configuration);
builder.Services.AddDemoDataSeeder(builder.Configuration);
builder.Services.AddServiceAddresses();
builder.Services.AddPortalDataProtection(builder.Configuration, builder.Environment);
builder.Services.AddTrunks(builder.Configuration);
builder.Services.AddSipEdge(builder.Configuration);
builder.Services.AddPortalApi(builder.Configuration);
builder.Services.AddBench();
builder.Services.AddSingleton<StartupClock>();

var app = builder.Build();
var startupClock = app.Services.GetRequiredService<StartupClock>();
startupClock.Mark("services built");

// Migrate and seed; on PostgreSQL one instance at a time (PortalStartup).
await PortalStartup.RunAsync(app.Services, startupClock);

// First: everything after it (the rate limiters of UsePortalApi, the audit's client address) sees the client behind
// the proxy, not the proxy.
app.UseForwardedHeaders();
app.UseSecurityHeaders();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
// After the status-code pages, so a re-executed /not-found passes authorization too. UsePortalApi runs
// authentication (cookie and API key), authorization and the API's rate limiter.
app.UsePortalApi();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPortalApi();
app.MapBenchEndpoints();
app.MapGet("/health", () => Results.Ok("ok")).ExcludeFromDescription();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();
app.MapPortalIdentityEndpoints();
app.MapTrunkHealthCsv();

app.Lifetime.ApplicationStarted.Register(() => startupClock.Mark("listening"));
await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
