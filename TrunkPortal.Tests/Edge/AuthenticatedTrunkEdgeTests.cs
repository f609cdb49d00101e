using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace TrunkPortal.Tests.Edge;

/// <summary>Authenticated trunks on the edge: X-IB-AccessCode checked against its hash, DIGEST when on (A2, A3, E1).</summary>
[Collection(EdgeCollection.Name)]
public sealed class AuthenticatedTrunkEdgeTests(EdgeFixture edge)
{
    private const string Frankfurt = "127.0.0.10";

    [Fact]
    [Trait("Rule", "A3")]
    [Trait("Rule", "E1")]
    public async Task Invite_ShouldPassWithTheHeaderValue_AndBeRefusedWithAnother()
    {
        var client = await edge.NewAccountClientAsync();
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Authenticated("FRANKFURT", digest: false));
        await EdgeApi.WaitForActionAsync(edge, client, created["id"]!.GetValue<string>());
        var header = created["authentication"]!["inbound"]!["headerValue"]!.GetValue<string>();

        using (var platform = Sipp.StartPlatform())
        {
            try
            {
                await Sipp.RunAsync(Frankfurt, "invite.xml", "elevenlabs", extraHeader: $"X-IB-AccessCode: {header}").ShouldPassAsync();
            }
            finally
            {
                platform.Kill();
            }
        }
        await Sipp.RunAsync(Frankfurt, "invite_refused.xml", "elevenlabs", extraHeader: $"X-IB-AccessCode: {header}x").ShouldPassAsync();
    }

    [Fact]
    [Trait("Rule", "A2")]
    public async Task Invite_ShouldBeChallengedForTheInboundDigestCredentials_WhenDigestIsOn()
    {
        var client = await edge.NewAccountClientAsync();
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Authenticated("FRANKFURT", digest: true));
        await EdgeApi.WaitForActionAsync(edge, client, created["id"]!.GetValue<string>());
        var inbound = created["authentication"]!["inbound"]!;
        var header = $"X-IB-AccessCode: {inbound["headerValue"]!.GetValue<string>()}";
        var (user, password) = (inbound["digestUsername"]!.GetValue<string>(), inbound["digestPassword"]!.GetValue<string>());

        using (var platform = Sipp.StartPlatform())
        {
            try
            {
                await Sipp.RunAsync(Frankfurt, "invite_challenged.xml", user, password, extraHeader: header).ShouldPassAsync();
            }
            finally
            {
                platform.Kill();
            }
        }
        Assert.NotEqual(0, (await Sipp.RunAsync(Frankfurt, "invite_challenged.xml", user, password + "x", extraHeader: header)).ExitCode);
    }

    [Fact]
    [Trait("Rule", "E1")]
    [Trait("Rule", "R3")]
    public async Task EdgeDatabaseAndLogs_ShouldHoldNoPasswordOrHeaderValue()
    {
        var client = await edge.NewAccountClientAsync();
        var registered = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT"));
        var authenticated = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Authenticated("FRANKFURT", digest: true));
        await EdgeApi.WaitForActionAsync(edge, client, registered["id"]!.GetValue<string>());
        await EdgeApi.WaitForActionAsync(edge, client, authenticated["id"]!.GetValue<string>());
        var inbound = authenticated["authentication"]!["inbound"]!;
        string[] secrets = [registered["password"]!.GetValue<string>(), inbound["headerValue"]!.GetValue<string>(), inbound["digestPassword"]!.GetValue<string>()];
        // Used on the wire too, so a log that printed messages would hold them.
        await Sipp.RunAsync(Frankfurt, "register.xml", registered["username"]!.GetValue<string>(), secrets[0], expires: 0).ShouldPassAsync();
        await Sipp.RunAsync(Frankfurt, "invite_refused.xml", "x", extraHeader: $"X-IB-AccessCode: {secrets[1]}x").ShouldPassAsync();

        foreach (var name in new[] { "frankfurt", "sweden" })
        {
            await using var database = EdgeFixture.EdgeDatabase(name);
            await using var dump = database.CreateCommand(
                "SELECT coalesce(string_agg(s::text, ' '), '') FROM subscriber s UNION ALL SELECT coalesce(string_agg(a::text, ' '), '') FROM access_code a");
            await using var reader = await dump.ExecuteReaderAsync();
            var text = "";
            while (await reader.ReadAsync())
            {
                text += reader.GetString(0);
            }
            Assert.Contains(registered["username"]!.GetValue<string>(), text, StringComparison.Ordinal);
            Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
        }
        foreach (var log in Directory.GetFiles("/tmp/trunkportal-edge/logs", "kamailio-*.log"))
        {
            var content = await File.ReadAllTextAsync(log);
            Assert.All(secrets, s => Assert.DoesNotContain(s, content, StringComparison.Ordinal));
        }
    }
}
