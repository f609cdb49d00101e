using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using TrunkPortal.Accounts;
using TrunkPortal.Components.Pages.Trunks.Create;
using TrunkPortal.Data;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.ServiceAddresses;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>
/// bUnit over the real app's services (migrated SQLite file, seeded accounts acme and legacy, running provisioner).
/// Pages read the signed-in person through the real AccountScope and ActorProvider over <see cref="Person"/>.
/// </summary>
public abstract class PortalContext : MudTestContext
{
    private readonly IServiceScope _appScope;

    protected PortalContext(int provisioningDelayMs = 0, Action<IServiceCollection>? configureServices = null, bool traceLogging = false)
    {
        var settings = new Dictionary<string, string?> { ["Provisioning:DelayMs"] = provisioningDelayMs.ToString() };
        if (traceLogging)
        {
            settings["Logging:LogLevel:Default"] = "Trace";
            settings["Logging:LogLevel:Microsoft"] = "Trace";
        }
        App = new PortalAppFactory(settings: settings, configureServices: configureServices);
        _appScope = App.Services.CreateScope();
        Services.AddSingleton<ICurrentAccount>(Person);
        Services.AddScoped<ClientConnection>();
        Services.AddScoped<IAccountScope, AccountScope>();
        Services.AddScoped<IActorProvider, ActorProvider>();
        Services.AddScoped<WizardDraftStore>();
        Services.AddFallbackServiceProvider(_appScope.ServiceProvider);
        Acme = AccountId("acme");
        Legacy = AccountId("legacy");
        Person.AdminOf(Acme, "acme");
    }

    internal SignedInPerson Person { get; } = new();

    protected PortalAppFactory App { get; }

    protected Guid Acme { get; }

    protected Guid Legacy { get; }

    protected ITrunkService Trunks => App.Services.GetRequiredService<ITrunkService>();

    protected static Actor AdminActor { get; } = new(ActorKind.User, "admin-acme", "acme admin", "127.0.0.1");

    protected Guid LegacyTrunkId()
    {
        using var db = App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        return db.Trunks.Where(t => t.AccountId == Legacy).Select(t => t.Id).First();
    }

    protected async Task<CreatedTrunk> CreateAsync(Guid accountId, TrunkRequest request)
    {
        var result = await Trunks.CreateAsync(AdminActor, accountId, request);
        Assert.True(result.Succeeded, $"{result.Status}: {result.Message} {string.Join("; ", result.Errors)}");
        return result.Value!;
    }

    /// <summary>Waits (up to 15 s) until acme's trunk has finished its action; the provisioner runs in the background.</summary>
    protected async Task WaitForSuccessAsync(Guid trunkId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await Trunks.GetAsync(Acme, trunkId))!.Status.Action != TrunkPortal.Domain.Status.ActionStatus.Success && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
    }

    /// <summary>The wizard's view of <paramref name="accountId"/>, read by the real services as the page reads it.</summary>
    protected async Task<WizardContext> WizardContextAsync(Guid accountId)
    {
        var account = await App.Services.GetRequiredService<AccountContextQuery>().GetAsync(accountId);
        using var scope = App.Services.CreateScope();
        var addresses = await scope.ServiceProvider.GetRequiredService<ServiceAddressService>().ListAsync(accountId, 0, ServiceAddressService.MaxPageSize);
        return new WizardContext(account!, App.Services.GetRequiredService<CatalogLookup>(), App.Services.GetRequiredService<SbcAllocator>(), addresses.Results, null);
    }

    /// <summary>Dialogs, popovers and snackbars render in their providers, as in MainLayout.</summary>
    protected void RenderProviders()
    {
        Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
    }

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    private Guid AccountId(string name)
    {
        using var db = App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        return db.Accounts.Where(a => a.Name == name).Select(a => a.Id).Single();
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        _appScope.Dispose();
        await App.DisposeAsync();
    }
}
