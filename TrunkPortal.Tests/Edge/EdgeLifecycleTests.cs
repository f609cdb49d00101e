using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrunkPortal.Edge;

namespace TrunkPortal.Tests.Edge;

/// <summary>
/// What happens when an edge does not answer, and how the portal restores a wiped edge (E2, E3, T3). These tests stop
/// and start the JOHANNESBURG edge, which no other test uses, with edge/stop.sh and edge/start.sh.
/// </summary>
[Collection(EdgeCollection.Name)]
public sealed class EdgeLifecycleTests(EdgeFixture edge)
{
    private const string Johannesburg = "127.0.0.12";

    [Fact]
    [Trait("Rule", "E2")]
    [Trait("Rule", "T3")]
    public async Task EdgeStopped_ShouldEndACreateFailed_AndAnEditReset_EachWithAReasonNamingTheDataCenter()
    {
        var client = await edge.NewAccountClientAsync();
        var existing = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("JOHANNESBURG"));
        var existingId = existing["id"]!.GetValue<string>();
        Assert.Equal("SUCCESS", (await EdgeApi.WaitForActionAsync(edge, client, existingId))["actionStatus"]!["status"]!.GetValue<string>());
        var nameBefore = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync($"{EdgeApi.Trunks}/{existingId}"))!["name"]!.GetValue<string>();

        await EdgeTools.RunScriptAsync("stop.sh", "johannesburg");
        try
        {
            var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("JOHANNESBURG"));
            var edit = await client.PutAsync($"{EdgeApi.Trunks}/{existingId}", new StringContent(
                EdgeApi.Registered("JOHANNESBURG").Replace("\"name\":\"PBX", "\"name\":\"Renamed", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json"));
            Assert.True(edit.IsSuccessStatusCode, await edit.Content.ReadAsStringAsync());

            var failed = await EdgeApi.WaitForActionAsync(edge, client, created["id"]!.GetValue<string>());
            Assert.Equal("FAILED", failed["actionStatus"]!["status"]!.GetValue<string>());
            Assert.Contains("JOHANNESBURG", failed["actionStatus"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Contains("did not answer", failed["actionStatus"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);

            var reset = await EdgeApi.WaitForActionAsync(edge, client, existingId);
            Assert.Equal("RESET", reset["actionStatus"]!["status"]!.GetValue<string>());
            Assert.Contains("JOHANNESBURG", reset["actionStatus"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
            var restored = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync($"{EdgeApi.Trunks}/{existingId}"))!;
            Assert.Equal(nameBefore, restored["name"]!.GetValue<string>());
        }
        finally
        {
            await EdgeTools.RunScriptAsync("start.sh", "johannesburg");
        }
        // The edge is back: the trunk that was kept still registers.
        await Sipp.RunAsync(Johannesburg, "register.xml", existing["username"]!.GetValue<string>(), existing["password"]!.GetValue<string>(), expires: 0).ShouldPassAsync();
    }

    [Fact]
    [Trait("Rule", "E3")]
    public async Task WipedEdge_ShouldGetEverySubscriberBack_FromReconciliation()
    {
        var client = await edge.NewAccountClientAsync();
        var registered = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("JOHANNESBURG"));
        var authenticated = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Authenticated("JOHANNESBURG", digest: true));
        foreach (var t in new[] { registered, authenticated })
        {
            Assert.Equal("SUCCESS", (await EdgeApi.WaitForActionAsync(edge, client, t["id"]!.GetValue<string>()))["actionStatus"]!["status"]!.GetValue<string>());
        }
        var portalId = await edge.Services.GetRequiredService<PortalInstallationStore>().GetIdAsync(default);
        await using var database = EdgeFixture.EdgeDatabase("johannesburg");
        // What the edge must hold: this portal's live registered trunks and authenticated trunks with DIGEST there
        // (other tests' trunks included; a FAILED one is not live, even while its removal from the edge is pending).
        var before = await LiveSubscribersAsync("JOHANNESBURG");

        // On demand: the rows are gone, a reconciliation puts every one back.
        await WipeAsync(database);
        Assert.Equal(0, await CountAsync(database, portalId));
        var result = await edge.Services.GetRequiredService<EdgeReconciler>().ReconcileAsync("johannesburg", default);
        Assert.True(before >= 2);
        Assert.Equal(before, result.Subscribers);
        Assert.Equal(before, await CountAsync(database, portalId));

        // On restart: a wiped edge that restarts is noticed (its uptime went back) and reconciled without being asked.
        await WipeAsync(database);
        await EdgeTools.RunScriptAsync("stop.sh", "johannesburg");
        await EdgeTools.RunScriptAsync("start.sh", "johannesburg");
        var restored = 0;
        for (var i = 0; i < 100 && restored != before; i++)
        {
            await Task.Delay(100);
            restored = await CountAsync(database, portalId);
        }
        Assert.Equal(before, restored);
        await Sipp.RunAsync(Johannesburg, "register.xml", registered["username"]!.GetValue<string>(), registered["password"]!.GetValue<string>(), expires: 0).ShouldPassAsync();
    }

    private async Task<int> LiveSubscribersAsync(string location)
    {
        var catalog = edge.Services.GetRequiredService<TrunkPortal.Domain.Catalog.CatalogLookup>();
        await using var db = await edge.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TrunkPortal.Data.AppDbContext>>().CreateDbContextAsync();
        var trunks = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Trunks.Where(t => t.DeletedAt == null && t.Location == location));
        return trunks.Count(t => EdgeTrunk.Holds(t) && EdgeTrunk.From(t, catalog).Subscriber is not null);
    }

    private static async Task WipeAsync(NpgsqlDataSource database)
    {
        await using var wipe = database.CreateCommand("DELETE FROM subscriber; DELETE FROM access_code;");
        await wipe.ExecuteNonQueryAsync();
    }

    private static async Task<int> CountAsync(NpgsqlDataSource database, Guid portalId)
    {
        await using var count = database.CreateCommand("SELECT count(*) FROM subscriber WHERE portal_id = $1");
        count.Parameters.Add(new NpgsqlParameter { Value = portalId });
        return Convert.ToInt32(await count.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
