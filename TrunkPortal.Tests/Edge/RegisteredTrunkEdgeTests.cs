using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Edge;

/// <summary>Registered trunks on the real Kamailio edge, with sipp as the PBX (E1, E4, E5, G1-G4, T2).</summary>
[Collection(EdgeCollection.Name)]
public sealed class RegisteredTrunkEdgeTests(EdgeFixture edge)
{
    private const string Frankfurt = "127.0.0.10";
    private const string Sweden = "127.0.0.11";
    // A liveness bound, not a timing assertion: how fast the badge follows (E4, 3 s) is measured by benchmark 6.
    private static readonly TimeSpan _badgeDelay = TimeSpan.FromSeconds(10);

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "T2")]
    [Trait("Rule", "E4")]
    [Trait("Rule", "E5")]
    public async Task Register_ShouldSucceedWithTheCreateAnswersCredentials_OnThePrimaryAndThePair_AndTurnRegistered()
    {
        var client = await edge.NewAccountClientAsync();
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT"));
        var (id, user, password) = (created["id"]!.GetValue<string>(), created["username"]!.GetValue<string>(), created["password"]!.GetValue<string>());
        Assert.Equal("SUCCESS", (await EdgeApi.WaitForActionAsync(edge, client, id))["actionStatus"]!["status"]!.GetValue<string>());
        Assert.Equal("UNREGISTERED", (await EdgeApi.StatusAsync(client, id))["registrationStatus"]!.GetValue<string>());

        var (primaryPort, backupPort) = (EdgeTools.FreeUdpPort(), EdgeTools.FreeUdpPort());
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password, localPort: primaryPort).ShouldPassAsync();
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "REGISTERED", _badgeDelay));
        // The SRV record's secondary (SWEDEN) accepts the same credentials.
        await Sipp.RunAsync(Sweden, "register.xml", user, password, localPort: backupPort).ShouldPassAsync();
        await Sipp.RunAsync(Frankfurt, "register_refused.xml", user, password + "x").ShouldPassAsync();

        // The trunk page lists the contacts: one per edge.
        var contacts = await WaitForContactsAsync(user, count: 2);
        Assert.Equal(["frankfurt", "sweden"], contacts.Select(c => c.Edge).Order().ToArray());
        Assert.All(contacts, c => Assert.Equal("sipp-pbx", c.UserAgent));

        // Both contacts unregister (expires 0 for the same Contact): the badge follows.
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password, expires: 0, localPort: primaryPort).ShouldPassAsync();
        Assert.Equal("REGISTERED", (await EdgeApi.StatusAsync(client, id))["registrationStatus"]!.GetValue<string>());
        await Sipp.RunAsync(Sweden, "register.xml", user, password, expires: 0, localPort: backupPort).ShouldPassAsync();
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "UNREGISTERED", _badgeDelay));
    }

    [Fact]
    [Trait("Rule", "G2")]
    public async Task ResetPassword_ShouldRefuseTheOldPasswordAtOnce_AndAcceptTheNew()
    {
        var client = await edge.NewAccountClientAsync();
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT"));
        var (id, user, old) = (created["id"]!.GetValue<string>(), created["username"]!.GetValue<string>(), created["password"]!.GetValue<string>());
        await EdgeApi.WaitForActionAsync(edge, client, id);
        await Sipp.RunAsync(Frankfurt, "register.xml", user, old).ShouldPassAsync();
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "REGISTERED", _badgeDelay));

        var reset = await EdgeApi.PostAsync(client, $"{EdgeApi.Trunks}/{id}/reset-password", "");
        var fresh = reset["password"]!.GetValue<string>();

        // What registered with the old password is dropped, and the old password is refused.
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "UNREGISTERED", _badgeDelay));
        await Sipp.RunAsync(Frankfurt, "register_refused.xml", user, old).ShouldPassAsync();
        var port = EdgeTools.FreeUdpPort();
        await Sipp.RunAsync(Frankfurt, "register.xml", user, fresh, localPort: port).ShouldPassAsync();
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "REGISTERED", _badgeDelay));
    }

    [Fact]
    [Trait("Rule", "T3")]
    [Trait("Rule", "E2")]
    public async Task Delete_ShouldRemoveTheSubscriberAndItsContactsFromEveryEdge()
    {
        var client = await edge.NewAccountClientAsync();
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT"));
        var (id, user, password) = (created["id"]!.GetValue<string>(), created["username"]!.GetValue<string>(), created["password"]!.GetValue<string>());
        await EdgeApi.WaitForActionAsync(edge, client, id);
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password).ShouldPassAsync();
        await Sipp.RunAsync(Sweden, "register.xml", user, password).ShouldPassAsync();

        Assert.True((await client.DeleteAsync($"{EdgeApi.Trunks}/{id}")).IsSuccessStatusCode);
        for (var i = 0; i < 100 && (await client.GetAsync($"{EdgeApi.Trunks}/{id}")).IsSuccessStatusCode; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"{EdgeApi.Trunks}/{id}")).StatusCode);
        await edge.WaitForNoContactsAsync(user);
        await Sipp.RunAsync(Frankfurt, "register_refused.xml", user, password).ShouldPassAsync();
        await Sipp.RunAsync(Sweden, "register_refused.xml", user, password).ShouldPassAsync();
        foreach (var name in new[] { "frankfurt", "sweden" })
        {
            await using var database = EdgeFixture.EdgeDatabase(name);
            await using var count = database.CreateCommand($"SELECT count(*) FROM subscriber WHERE trunk_id = '{Guid.Parse(id)}'");
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }
    }

    [Fact]
    [Trait("Rule", "E4")]
    [Trait("Rule", "T2")]
    public async Task Badge_ShouldTurnUnregistered_WithinSecondsOfTheContactsExpiry()
    {
        var client = await edge.NewAccountClientAsync();
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT"));
        var (id, user, password) = (created["id"]!.GetValue<string>(), created["username"]!.GetValue<string>(), created["password"]!.GetValue<string>());
        await EdgeApi.WaitForActionAsync(edge, client, id);

        // 10 s: the edge's shortest registration (registrar min_expires).
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password, expires: 10).ShouldPassAsync();
        var registeredAt = DateTimeOffset.UtcNow;
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "REGISTERED", _badgeDelay));

        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "UNREGISTERED", TimeSpan.FromSeconds(10 + 10)));
        Assert.True(DateTimeOffset.UtcNow - registeredAt >= TimeSpan.FromSeconds(9), "the contact counted until its expiry");
    }

    [Fact]
    [Trait("Rule", "N1")]
    public async Task LegacyDialog_ShouldNameTheEdgesRealAddresses_PrimaryAndPair()
    {
        var client = edge.DemoClient("tp_demo_legacy_9a7e3d15c2b84f60a1d4e7b9c3f2086d");
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT"));

        Assert.Equal("127.0.0.10:5060", created["sbcHosts"]!["primary"]![0]!.GetValue<string>());
        Assert.Equal("127.0.0.11:5060", created["sbcHosts"]!["backup"]![0]!.GetValue<string>());
        await EdgeApi.WaitForActionAsync(edge, client, created["id"]!.GetValue<string>());
        await Sipp.RunAsync(Frankfurt, "register.xml", created["username"]!.GetValue<string>(), created["password"]!.GetValue<string>(), expires: 0).ShouldPassAsync();
    }

    [Fact]
    [Trait("Rule", "G4")]
    [Trait("Rule", "T1")]
    public async Task Disable_ShouldRemoveEveryContactAndRefuseRegister_AndEnableShouldRestoreIt()
    {
        var client = await edge.NewAccountClientAsync();
        var created = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT"));
        var (id, user, password) = (created["id"]!.GetValue<string>(), created["username"]!.GetValue<string>(), created["password"]!.GetValue<string>());
        await EdgeApi.WaitForActionAsync(edge, client, id);
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password).ShouldPassAsync();
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "REGISTERED", _badgeDelay));

        await EdgeApi.PostAsync(client, $"{EdgeApi.Trunks}/{id}/status", """{"adminStatus":"DISABLED"}""");
        await edge.WaitForEdgeSyncAsync(id);
        await edge.WaitForNoContactsAsync(user);
        await Sipp.RunAsync(Frankfurt, "register_refused.xml", user, password).ShouldPassAsync();
        await Sipp.RunAsync(Sweden, "register_refused.xml", user, password).ShouldPassAsync();

        await EdgeApi.PostAsync(client, $"{EdgeApi.Trunks}/{id}/status", """{"adminStatus":"ENABLED"}""");
        await edge.WaitForEdgeSyncAsync(id);
        var port = EdgeTools.FreeUdpPort();
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password, localPort: port).ShouldPassAsync();
        Assert.NotNull(await EdgeApi.WaitForRegistrationAsync(edge, client, id, "REGISTERED", _badgeDelay));
        await Sipp.RunAsync(Frankfurt, "register.xml", user, password, expires: 0, localPort: port).ShouldPassAsync();
    }

    [Fact]
    [Trait("Rule", "G3")]
    public async Task Invite_ShouldBeChallengedOnlyWhenInviteChallengeIsOn()
    {
        var client = await edge.NewAccountClientAsync();
        var challenged = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT", inviteChallenge: true));
        var open = await EdgeApi.PostAsync(client, EdgeApi.Trunks, EdgeApi.Registered("FRANKFURT", inviteChallenge: false));
        foreach (var t in new[] { challenged, open })
        {
            await EdgeApi.WaitForActionAsync(edge, client, t["id"]!.GetValue<string>());
        }
        var (cUser, cPass) = (challenged["username"]!.GetValue<string>(), challenged["password"]!.GetValue<string>());
        var (oUser, oPass) = (open["username"]!.GetValue<string>(), open["password"]!.GetValue<string>());
        var pbxPort = EdgeTools.FreeUdpPort();
        await Sipp.RunAsync(Frankfurt, "register.xml", cUser, cPass, localPort: pbxPort).ShouldPassAsync();
        var openPort = EdgeTools.FreeUdpPort();
        await Sipp.RunAsync(Frankfurt, "register.xml", oUser, oPass, localPort: openPort).ShouldPassAsync();

        using (var platform = Sipp.StartPlatform())
        {
            try
            {
                // On: 407, then the call passes with DIGEST.
                await Sipp.RunAsync(Frankfurt, "invite_challenged.xml", cUser, cPass).ShouldPassAsync();
                // Off: no challenge, the call passes from where the trunk registered ...
                await Sipp.RunAsync(Frankfurt, "invite.xml", oUser).ShouldPassAsync();
            }
            finally
            {
                platform.Kill();
            }
        }
        // ... an unchallenged call from elsewhere is refused, and a challenged trunk's call without credentials is never let through.
        await Sipp.RunAsync(Frankfurt, "invite_refused.xml", oUser, localIp: "127.0.0.2").ShouldPassAsync();
        Assert.NotEqual(0, (await Sipp.RunAsync(Frankfurt, "invite.xml", cUser)).ExitCode);
        await Sipp.RunAsync(Frankfurt, "register.xml", cUser, cPass, expires: 0, localPort: pbxPort).ShouldPassAsync();
        await Sipp.RunAsync(Frankfurt, "register.xml", oUser, oPass, expires: 0, localPort: openPort).ShouldPassAsync();
    }

    private async Task<IReadOnlyList<TrunkPortal.Edge.RegisteredContact>> WaitForContactsAsync(string user, int count)
    {
        var sipEdge = edge.Services.GetRequiredService<TrunkPortal.Edge.ISipEdge>();
        for (var i = 0; i < 30 && sipEdge.ContactsOf(user).Count != count; i++)
        {
            await Task.Delay(100);
        }
        return sipEdge.ContactsOf(user);
    }
}
