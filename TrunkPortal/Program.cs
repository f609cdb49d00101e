using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using TrunkPortal.Api;
using TrunkPortal.Components;
using TrunkPortal.Configuration;
using TrunkPortal.Data;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.UseSharedAppSettings();

builder.Services.AddRazorComponents()
    .AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddDbContextFactory<AppDbContext>(options =>
    options.UseSqlite(builder.Configuration.GetConnectionString("Default")));
builder.Services.AddPortalApi(builder.Configuration);

var app = builder.Build();

await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
{
    await db.Database.MigrateAsync();
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UsePortalApi();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapPortalApi();
app.MapGet("/health", () => Results.Ok("ok")).ExcludeFromDescription();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await app.RunAsync();

/// <summary>Entry point, visible to WebApplicationFactory in the test projects.</summary>
public partial class Program;
