using Bunit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using TrunkPortal.Accounts;
using TrunkPortal.Api.Keys;
using TrunkPortal.Components.Pages.ApiKeys;
using TrunkPortal.Data;

namespace TrunkPortal.Tests.Api;

public sealed class ApiKeyListTests : BunitContext, IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Guid _accountId = Guid.NewGuid();

    public ApiKeyListTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddDbContextFactory<AppDbContext>(o => o.UseSqlite(_connection));
        Services.AddMemoryCache();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<ApiKeyResolver>();
        Services.AddSingleton<TrunkPortal.Auditing.AuditLog>();
        Services.AddScoped<ApiKeyService>();
        Services.AddSingleton<IAccountScope>(new FixedAccount(_accountId));
        Services.AddSingleton<IActorProvider>(new FixedAccount(_accountId));
    }

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        await using var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.Database.EnsureCreatedAsync();
        db.Accounts.Add(new Account { Id = _accountId, Name = "Account" });
        await db.SaveChangesAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void Create_ShouldShowTheKeyOnceWithWarning_WhenNamed()
    {
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ApiKeyList>();

        cut.Find("input[data-testid=api-key-name]").Input("ci-script");
        cut.Find("[data-testid=api-key-create]").Click();

        dialogs.WaitForAssertion(() => Assert.Contains("it will not be shown again", dialogs.Markup, StringComparison.Ordinal));
        var key = dialogs.Find("input[data-testid=api-key-value]").GetAttribute("value")!;
        Assert.StartsWith("tp_", key, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Contains("ci-script", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain(key, cut.Markup, StringComparison.Ordinal);

        dialogs.FindAll("button").Single(b => b.TextContent.Contains("I have copied it", StringComparison.Ordinal)).Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain(key, dialogs.Markup, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Area", "Api")]
    public void Create_ShouldSayWhatIsWrong_WhenNameBlank()
    {
        Render<MudDialogProvider>();
        var cut = Render<ApiKeyList>();

        cut.Find("[data-testid=api-key-create]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Give the key a name", cut.Markup, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Revoke_ShouldMarkTheKeyRevoked_WhenConfirmed()
    {
        using (var scope = Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<ApiKeyService>().CreateAsync(new TrunkPortal.Trunks.Actor(TrunkPortal.Trunks.ActorKind.User, "u1", "Test Admin", null), _accountId, "old-script");
        }

        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ApiKeyList>();
        cut.WaitForAssertion(() => Assert.Contains("old-script", cut.Markup, StringComparison.Ordinal));

        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("cannot be undone", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click();

        cut.WaitForAssertion(() => Assert.Contains("Revoked", cut.Markup, StringComparison.Ordinal));
    }

    private sealed class FixedAccount(Guid id) : IAccountScope, IActorProvider
    {
        public Task<TrunkPortal.Trunks.Actor> GetAsync() =>
            Task.FromResult(new TrunkPortal.Trunks.Actor(TrunkPortal.Trunks.ActorKind.User, "u1", "Test Admin", null));

        public Task<Guid?> ResolveAsync(Guid? requested) => Task.FromResult<Guid?>(requested is null || requested == id ? id : null);

        public Task<bool> IsSupportAsync() => Task.FromResult(false);
    }
}
