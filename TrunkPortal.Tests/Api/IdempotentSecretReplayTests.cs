using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Api.Idempotency;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Api;

/// <summary>R3: a replayed create gives its secrets back for minutes, not a day, and never after the trunk changed.</summary>
[Trait("Db", "Both")]
public sealed class IdempotentSecretReplayTests : IAsyncLifetime
{
    private const string Trunks = "/calls/1/sip-trunks";
    private const string Body = """
        {"type":"REGISTERED","name":"Replayed PBX","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"}}
        """;
    private readonly PortalAppFactory _app = new(settings: new Dictionary<string, string?> { ["Provisioning:DelayMs"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Client() => _app.CreateApiClient();

    private static async Task<JsonObject> CreateAsync(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Trunks) { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    [Trait("Rule", "R3")]
    [Trait("Rule", "G2")]
    public async Task Replay_ShouldWithholdThePassword_AfterAReset()
    {
        var client = Client();
        var first = await CreateAsync(client, "replay-after-reset");
        var id = first["id"]!.GetValue<string>();
        Assert.Equal(first["password"]!.GetValue<string>(), (await CreateAsync(client, "replay-after-reset"))["password"]!.GetValue<string>());
        for (var i = 0; i < 100 && !(await client.GetStringAsync($"{Trunks}/{id}/status")).Contains("SUCCESS", StringComparison.Ordinal); i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"{Trunks}/{id}/reset-password", null)).StatusCode);
        var replay = await CreateAsync(client, "replay-after-reset");

        Assert.Equal(id, replay["id"]!.GetValue<string>());
        Assert.Equal(first["username"]!.GetValue<string>(), replay["username"]!.GetValue<string>());
        Assert.True(replay["password"] is null, replay.ToJsonString());
    }

    [Fact]
    [Trait("Rule", "R3")]
    public async Task Replay_ShouldWithholdThePassword_OnceTheSecretLifetimeHasPassed()
    {
        var client = Client();
        var first = await CreateAsync(client, "replay-later");

        await using (var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var earlier = DateTimeOffset.UtcNow - IdempotencyStore.SecretLifetime - TimeSpan.FromSeconds(1);
            await db.IdempotencyRecords.ExecuteUpdateAsync(r => r.SetProperty(e => e.CompletedAt, earlier).SetProperty(e => e.CreatedAt, earlier));
        }
        var replay = await CreateAsync(client, "replay-later");

        Assert.Equal(first["id"]!.GetValue<string>(), replay["id"]!.GetValue<string>());
        Assert.True(replay["password"] is null, replay.ToJsonString());
        Assert.True(IdempotencyStore.SecretLifetime <= TimeSpan.FromMinutes(15));
    }
}
