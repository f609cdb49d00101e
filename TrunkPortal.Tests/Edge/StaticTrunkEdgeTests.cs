using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Edge;

namespace TrunkPortal.Tests.Edge;

/// <summary>
/// Static trunks on the real Kamailio edge (S1, S4, S7, channel limits, T1): sipp plays the customer's equipment
/// (a source that calls in, destinations that answer) and the platform's side of inbound calls (INVITEs from the
/// platform's address with X-IB-Trunk). The edge probes with SIP OPTIONS every 2 s here (test.sh), 60 s in production.
/// </summary>
[Collection(EdgeCollection.Name)]
public sealed class StaticTrunkEdgeTests(EdgeFixture edge)
{
    private const string Frankfurt = "127.0.0.10";
    // Liveness bounds, not timing assertions: OPTIONS every 2 s, so a change shows within two intervals and a poll.
    private static readonly TimeSpan _healthDelay = TimeSpan.FromSeconds(15);

    [Fact]
    [Trait("Rule", "S1")]
    public async Task ListedSource_ShouldBeAcceptedAsTheTrunksCall_AndAnUnlistedSourceRefused()
    {
        var client = await edge.NewAccountClientAsync();
        var source = RandomLoopback();
        using var destination = SippDestination.Start();
        var id = await CreateAsync(client, [source], [destination.Host], "FAILOVER", sipOptions: false);

        using (Sipp.StartPlatform())
        {
            await Sipp.RunAsync(Frankfurt, "invite.xml", "pbx", localIp: source).ShouldPassAsync();
        }
        await Sipp.RunAsync(Frankfurt, "invite_refused.xml", "pbx", localIp: "127.0.0.2").ShouldPassAsync();
        Assert.Equal([source], edge.Services.GetRequiredService<ISipEdge>().SourcesOf(id).SelectMany(s => s.Addresses));
    }

    [Fact]
    [Trait("Rule", "S7")]
    public async Task RoundRobin_ShouldSplitTwentyCallsTenAndTen()
    {
        var client = await edge.NewAccountClientAsync();
        using var first = SippDestination.Start();
        using var second = SippDestination.Start();
        var id = await CreateAsync(client, [RandomLoopback()], [first.Host, second.Host], "ROUND_ROBIN", sipOptions: false);

        await CallTrunkAsync(id, calls: 20).ShouldPassAsync();

        Assert.Equal(10, first.Received("INVITE"));
        Assert.Equal(10, second.Received("INVITE"));
    }

    [Fact]
    [Trait("Rule", "S7")]
    [Trait("Rule", "S4")]
    public async Task Failover_ShouldSendEveryCallToTheFirstWhileItAnswers_AndToTheSecondOnceItStopped()
    {
        var client = await edge.NewAccountClientAsync();
        using var first = SippDestination.Start();
        using var second = SippDestination.Start();
        var id = await CreateAsync(client, [RandomLoopback()], [first.Host, second.Host], "FAILOVER", sipOptions: true);
        await WaitForHealthAsync(id, DestinationState.Up, DestinationState.Up);

        await CallTrunkAsync(id, calls: 5).ShouldPassAsync();
        Assert.Equal((5, 0), (first.Received("INVITE"), second.Received("INVITE")));

        first.Stop();
        await WaitForHealthAsync(id, DestinationState.Down, DestinationState.Up);
        await CallTrunkAsync(id, calls: 5).ShouldPassAsync();
        Assert.Equal(5, second.Received("INVITE"));
    }

    [Fact]
    [Trait("Rule", "S4")]
    public async Task SipOptionsOn_ShouldShowAStoppedDestinationDown_AndUpWhenItReturns_WithBothTransitionsInTheTimeline()
    {
        var client = await edge.NewAccountClientAsync();
        using var first = SippDestination.Start();
        using var second = SippDestination.Start();
        var id = await CreateAsync(client, [RandomLoopback()], [first.Host, second.Host], "FAILOVER", sipOptions: true);
        await WaitForHealthAsync(id, DestinationState.Up, DestinationState.Up);
        await WaitForOptionsAsync(first);
        Assert.True(first.Received("OPTIONS") > 0, "the edge probes a destination with SIP OPTIONS when SIP Options is on");

        second.Stop();
        await WaitForHealthAsync(id, DestinationState.Up, DestinationState.Down);
        second.Run();
        await WaitForHealthAsync(id, DestinationState.Up, DestinationState.Up);

        await using var db = await edge.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var timeline = await db.DestinationHealthEvents.Where(e => e.TrunkId == id && e.Position == 1).OrderBy(e => e.Id).Select(e => e.Up).ToListAsync();
        Assert.Equal([true, false, true], timeline);
    }

    [Fact]
    [Trait("Rule", "S4")]
    public async Task SipOptionsOff_ShouldSendNoOptionsToTheDestinations_AndShowThemNotProbed()
    {
        var client = await edge.NewAccountClientAsync();
        using var destination = SippDestination.Start();
        var id = await CreateAsync(client, [RandomLoopback()], [destination.Host], "FAILOVER", sipOptions: false);

        await Task.Delay(TimeSpan.FromSeconds(5)); // two intervals and a half
        Assert.Equal(0, destination.Received("OPTIONS"));
        Assert.Equal([DestinationState.NotProbed], edge.Services.GetRequiredService<ISipEdge>().HealthOf(id).Select(h => h.State));
        await CallTrunkAsync(id, calls: 1).ShouldPassAsync();
    }

    [Fact]
    [Trait("Rule", "B4")]
    public async Task ChannelLimitOfTwo_ShouldRefuseTheThirdSimultaneousCall_AndReportTwoActiveCalls()
    {
        var client = await edge.NewAccountClientAsync();
        using var destination = SippDestination.Start();
        var id = await CreateAsync(client, [RandomLoopback()], [destination.Host], "FAILOVER", sipOptions: false, channelLimit: 2);

        var twoCalls = CallTrunkAsync(id, calls: 2, rate: 20, holdMs: 4000);
        var sipEdge = edge.Services.GetRequiredService<ISipEdge>();
        var clock = Stopwatch.StartNew();
        while (sipEdge.ActiveCallsOf(id) < 2 && clock.Elapsed < TimeSpan.FromSeconds(3))
        {
            await Task.Delay(50);
        }
        Assert.Equal(2, (await EdgeApi.StatusAsync(client, id.ToString()))["activeCalls"]!.GetValue<int>());
        await Sipp.RunAsync(Frankfurt, "invite_busy.xml", "platform", extraHeader: $"X-IB-Trunk: {id}").ShouldPassAsync();
        await twoCalls.ShouldPassAsync();
    }

    [Fact]
    [Trait("Rule", "T1")]
    public async Task DisabledTrunk_ShouldRefuseCallsBothWays_AndEnabledAcceptThemAgain()
    {
        var client = await edge.NewAccountClientAsync();
        var source = RandomLoopback();
        using var destination = SippDestination.Start();
        var id = await CreateAsync(client, [source], [destination.Host], "FAILOVER", sipOptions: false);

        await EdgeApi.PostAsync(client, $"{EdgeApi.Trunks}/{id}/status", """{"adminStatus":"DISABLED"}""");
        // No call before the edge has the change: a call placed earlier would rightly reach the destination.
        await edge.WaitForEdgeSyncAsync(id.ToString());
        await Sipp.RunAsync(Frankfurt, "invite_refused.xml", "platform", extraHeader: $"X-IB-Trunk: {id}").ShouldPassAsync();
        await Sipp.RunAsync(Frankfurt, "invite_refused.xml", "pbx", localIp: source).ShouldPassAsync();
        Assert.Equal(0, destination.Received("INVITE"));

        await EdgeApi.PostAsync(client, $"{EdgeApi.Trunks}/{id}/status", """{"adminStatus":"ENABLED"}""");
        // The enable reaches the edge through an edge sync.
        await Sipp.ShouldPassSoonAsync(() => CallTrunkAsync(id, calls: 1));
        Assert.Equal(1, destination.Received("INVITE"));
    }

    [Fact]
    [Trait("Rule", "S7")]
    public async Task HealthApi_ShouldShowEachDestination_TheTimelineAsCsv_AndTestRoutingShouldExplainTheChoice()
    {
        var client = await edge.NewAccountClientAsync();
        using var first = SippDestination.Start();
        using var second = SippDestination.Start();
        var id = await CreateAsync(client, [RandomLoopback()], [first.Host, second.Host], "FAILOVER", sipOptions: true);
        await WaitForHealthAsync(id, DestinationState.Up, DestinationState.Up);
        first.Stop();
        await WaitForHealthAsync(id, DestinationState.Down, DestinationState.Up);

        var health = System.Text.Json.Nodes.JsonNode.Parse(await client.GetStringAsync($"/portal/1/sip-trunks/{id}/health"))!;
        var destinations = health["destinations"]!.AsArray();
        Assert.Equal([first.Host, second.Host], destinations.Select(d => d!["host"]!.GetValue<string>()));
        Assert.Equal(["DOWN", "UP"], destinations.Select(d => d!["state"]!.GetValue<string>()));
        Assert.All(destinations, d => Assert.NotNull(d!["changedAt"]));

        var csv = await client.GetAsync($"/portal/1/sip-trunks/{id}/health?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_utc,position,destination,state,round_trip_ms", lines[0]);
        Assert.Contains(lines, l => l.Contains($",1,{first.Host},DOWN,", StringComparison.Ordinal));

        var test = await EdgeApi.PostAsync(client, $"/portal/1/sip-trunks/{id}/test-routing", "");
        var sentences = test["explanation"]!.AsArray().Select(s => s!.GetValue<string>()).ToList();
        Assert.StartsWith($"{first.Host} is skipped: it did not answer", sentences[0], StringComparison.Ordinal);
        Assert.StartsWith($"A call now goes to {second.Host}: it is second in the failover order and answered (200 in", sentences[1], StringComparison.Ordinal);
        Assert.Equal([false, true], test["probes"]!.AsArray().Select(p => p!["answered"]!.GetValue<bool>()));
    }

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S4")]
    public async Task ADomainDestinationThatDoesNotResolve_ShouldShowDown_AndTheTrunkStillBeDeleted()
    {
        var client = await edge.NewAccountClientAsync();
        using var destination = SippDestination.Start();
        // RFC 6761: .invalid never resolves; Kamailio keeps it (resolved at each request) and its probes fail.
        var id = await CreateAsync(client, [RandomLoopback()], [destination.Host, "pbx.example.invalid:5060"], "FAILOVER", sipOptions: true);
        await WaitForHealthAsync(id, DestinationState.Up, DestinationState.Down);

        var deleted = await client.DeleteAsync($"{EdgeApi.Trunks}/{id}");
        Assert.True(deleted.IsSuccessStatusCode, await deleted.Content.ReadAsStringAsync());
        var sipEdge = edge.Services.GetRequiredService<ISipEdge>();
        var clock = Stopwatch.StartNew();
        while ((sipEdge.HealthOf(id).Count > 0 || await edge.StatusAsync(id) is not null) && clock.Elapsed < _healthDelay)
        {
            await Task.Delay(100);
        }
        Assert.Null(await edge.StatusAsync(id));
        Assert.Empty(sipEdge.HealthOf(id));
    }

    /// <summary>An address of 127.0.0.0/8 for this test alone (S6: a source belongs to one trunk of the data center).</summary>
    private static string RandomLoopback() =>
        $"127.{Random.Shared.Next(20, 250)}.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}";

    private async Task<Guid> CreateAsync(HttpClient client, string[] sources, string[] destinations, string strategy, bool sipOptions, int channelLimit = 10)
    {
        var options = sipOptions ? "true" : "false";
        var json = $$"""
            {"type":"STATIC","name":"Static {{Guid.NewGuid():N}}","location":"FRANKFURT","channelLimit":{{channelLimit}},
             "billingPackage":{"packageType":"METERED"},"tls":false,"codecs":["PCMU"],
             "sourceHosts":[{{string.Join(",", sources.Select(s => $"\"{s}\""))}}],
             "destinationHosts":[{{string.Join(",", destinations.Select(d => $"\"{d}\""))}}],
             {{(destinations.Length > 1 ? $"\"strategy\":\"{strategy}\"," : "")}}"sipOptions":{"enabled":{{options}}} }
            """;
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, json);
        var id = created["id"]!.GetValue<string>();
        var status = await EdgeApi.WaitForActionAsync(edge, client, id);
        Assert.True(status["actionStatus"]!["status"]!.GetValue<string>() == "SUCCESS", status.ToJsonString());
        return Guid.Parse(id);
    }

    /// <summary>Calls from the platform's side for the trunk (X-IB-Trunk): the edge sends them to its destinations.</summary>
    private static Task<SippRun> CallTrunkAsync(Guid id, int calls, int rate = 20, int holdMs = 100) =>
        Sipp.RunAsync(Frankfurt, "invite.xml", "platform", extraHeader: $"X-IB-Trunk: {id}", calls: calls, rate: rate, holdMs: holdMs);

    private async Task WaitForHealthAsync(Guid id, params DestinationState[] expected)
    {
        var sipEdge = edge.Services.GetRequiredService<ISipEdge>();
        var clock = Stopwatch.StartNew();
        while (!sipEdge.HealthOf(id).Select(h => h.State).SequenceEqual(expected) && clock.Elapsed < _healthDelay)
        {
            await Task.Delay(100);
        }
        Assert.Equal(expected, sipEdge.HealthOf(id).Select(h => h.State));
    }

    /// <summary>A new destination counts as up before its first probe, so its first OPTIONS may still be on its way.</summary>
    private static async Task WaitForOptionsAsync(SippDestination destination)
    {
        var clock = Stopwatch.StartNew();
        while (destination.Received("OPTIONS") == 0 && clock.Elapsed < _healthDelay)
        {
            await Task.Delay(100);
        }
    }
}
