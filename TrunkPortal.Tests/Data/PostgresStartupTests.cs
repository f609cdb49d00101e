using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Data;

/// <summary>
/// Database:Provider=Postgres end to end on an empty database: the app migrates it with PostgreSQL's own migrations,
/// seeds it, serves the API, and its provisioner completes an action.
/// </summary>
[Trait("Db", "Postgres")]
public sealed class PostgresStartupTests
{
    [PostgresFact]
    public async Task App_ShouldMigrateSeedServeAndProvision_WhenTheDatabaseIsPostgres()
    {
        await using var database = TestDatabase.CreateEmpty(DatabaseProvider.Postgres);
        await using (var app = new PortalAppFactory(database: database, settings: new Dictionary<string, string?>
        {
            ["Provisioning:DelayMs"] = "0",
        }))
        {
            using var client = app.CreateApiClient();
            var created = await client.PostAsync("/calls/1/sip-trunks", new StringContent("""
                {"type":"STATIC","name":"On PostgreSQL","location":"FRANKFURT","channelLimit":10,
                 "billingPackage":{"packageType":"METERED"},"sourceHosts":["10.20.30.40"],
                 "destinationHosts":["100.100.100.101:5060"],"strategy":"FAILOVER"}
                """, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);
            var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString();

            var deadline = DateTime.UtcNow.AddSeconds(30);
            string? action;
            do
            {
                await Task.Delay(100);
                using var answer = await client.GetAsync($"/calls/1/sip-trunks/{id}/status");
                var body = await answer.Content.ReadAsStringAsync();
                Assert.True(answer.IsSuccessStatusCode, $"{(int)answer.StatusCode}: {body}");
                action = JsonDocument.Parse(body).RootElement.GetProperty("actionStatus").GetProperty("status").GetString();
            }
            while (action != "SUCCESS" && DateTime.UtcNow < deadline);
            Assert.Equal("SUCCESS", action);

            await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            Assert.True(db.Database.IsNpgsql());
            Assert.Equal(
                (await db.Database.GetAppliedMigrationsAsync()).ToList(),
                new PostgresMigrationContextMigrations().All);
            Assert.Equal(["acme", "legacy"], await db.Accounts.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync());
        }
    }

    /// <summary>PostgreSQL's migrations as the migrations assembly lists them for their context.</summary>
    private sealed class PostgresMigrationContextMigrations
    {
        public IReadOnlyList<string> All { get; } = LoadAll();

        private static List<string> LoadAll()
        {
            using var context = new TrunkPortal.Data.Postgres.PostgresMigrationContext(
                new DbContextOptionsBuilder<AppDbContext>().UseNpgsql("Host=127.0.0.1;Database=unused").Options);
            return [.. context.Database.GetMigrations()];
        }
    }
}
