using StartupReference.Components;

// Benchmark 5's reference: `dotnet new blazor --interactivity Server --empty` with a /health endpoint and nothing
// else, started the same way as the portal, so the portal's start-up can be read as a ratio to it.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapGet("/health", () => Results.Ok("ok"));
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();
