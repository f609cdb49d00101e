using Bunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using TrunkPortal.Accounts;
using TrunkPortal.Data;
using TrunkPortal.ServiceAddresses;

namespace TrunkPortal.Tests.Components.ServiceAddresses;

/// <summary>MudBlazor + the service-address services over an in-memory SQLite database with one account.</summary>
public abstract class ServiceAddressTestContext : MudTestContext
{
    protected static readonly Guid AccountId = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");

    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected ServiceAddressTestContext()
    {
        _connection.Open();
        Services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite(_connection));
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero)));
        Services.AddSingleton<IAccountScope>(new SingleAccount(AccountId));
        Services.AddSingleton<IActorProvider>(new SingleAccount(AccountId));
        Services.AddServiceAddresses();
        using var db = Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
        db.Database.EnsureCreated();
        db.Accounts.Add(new Account { Id = AccountId, Name = "test", CreatedAt = DateTimeOffset.UnixEpoch });
        db.SaveChanges();
    }

    protected ServiceAddressService Addresses => Services.GetRequiredService<ServiceAddressService>();

    /// <summary>Dialogs and popovers render in their providers, as in MainLayout.</summary>
    protected (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudPopoverProvider> Popovers) RenderProviders() =>
        (Render<MudDialogProvider>(), Render<MudPopoverProvider>());

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _connection.DisposeAsync();
    }
}
