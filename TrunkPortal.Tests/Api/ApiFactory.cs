using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrunkPortal.Api.Keys;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Api;

/// <summary>The app on its own <see cref="TestDatabase"/>, with <see cref="FakeTrunkService"/> and two accounts holding one key each.</summary>
public class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string KeyA = "tp_test-key-of-account-a-0123456789abcdef";
    public const string KeyB = "tp_test-key-of-account-b-0123456789abcdef";

    private readonly TestDatabase _database = TestDatabase.Create();

    public Guid AccountA { get; } = Guid.NewGuid();

    public Guid AccountB { get; } = Guid.NewGuid();

    public FakeTrunkService Trunks { get; } = new();

    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    public HttpClient ClientFor(string? key)
    {
        var client = CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", key);
        }

        return client;
    }

    public async Task InitializeAsync()
    {
        _ = Server;
        await using (var db = await Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            db.Accounts.AddRange(new Account { Id = AccountA, Name = "Account A" }, new Account { Id = AccountB, Name = "Account B" });
            await db.SaveChangesAsync();
        }

        using var scope = Services.CreateScope();
        var keys = scope.ServiceProvider.GetRequiredService<ApiKeyService>();
        await keys.SeedApiKeyAsync(AccountA, "ci-script", KeyA);
        await keys.SeedApiKeyAsync(AccountB, "other", KeyB);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _database.AppSettings())
        {
            builder.UseSetting(key, value);
        }
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ITrunkService>();
            services.AddSingleton<ITrunkService>(Trunks);
        });
    }
}
