using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Api;

/// <summary>The API over the real TrunkService, provisioner and database, with the seeded demo accounts and keys.</summary>
[Trait("Db", "Both")]
public sealed class ApiWithRealServiceTests : IAsyncLifetime
{
    private const string AcmeKey = "tp_demo_acme_5f2b8c41d7e94a06b3c1e8f27a9d0c6e";
    private const string LegacyKey = "tp_demo_legacy_9a7e3d15c2b84f60a1d4e7b9c3f2086d";
    private const string Trunks = "/calls/1/sip-trunks";
    private const string Addresses = "/calls/1/sip-trunks/service-addresses";

    private readonly PortalAppFactory _app = new(settings: new Dictionary<string, string?> { ["Provisioning:DelayMs"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Client(string key) => _app.CreateApiClient(key);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        (JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonObject)!;

    private async Task<string> WaitForSuccessAsync(HttpClient client, string id)
    {
        for (var i = 0; i < 200; i++)
        {
            var status = await BodyAsync(await client.GetAsync($"{Trunks}/{id}/status"));
            var action = status["actionStatus"]!["status"]!.GetValue<string>();
            if (action != "CREATING" && action != "UPDATING")
            {
                return action;
            }
            await Task.Delay(50);
        }
        return "TIMEOUT";
    }

    [Fact]
    [Trait("Rule", "T3")]
    [Trait("Rule", "N2")]
    public async Task CreateStatic_ShouldAnswer202WithSbcHosts_ThenReachSuccess_AndBeListed()
    {
        var client = Client(AcmeKey);
        var response = await client.PostAsync(Trunks, Json("""
            {"type":"STATIC","name":"Static SIP trunk","location":"FRANKFURT","internationalCallsAllowed":false,"channelLimit":10,
             "billingPackage":{"packageType":"METERED"},"tls":false,"codecs":["PCMU","PCMA"],"dtmf":"INBAND","fax":"T38",
             "numberFormat":"US_NATIONAL","anonymization":"REMOTE_PARTY_ID","sourceHosts":["10.10.10.10"],
             "destinationHosts":["100.100.100.101:5060","my.destination.com","my.destination.com:5060"],"strategy":"ROUND_ROBIN","sipOptions":{"enabled":false}}
            """));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var created = await BodyAsync(response);
        var id = created["id"]!.GetValue<string>();
        Assert.Equal("STATIC", created["type"]!.GetValue<string>());
        Assert.Equal($"{id}.eu.sip.voice.infobip.com:5060", created["sbcHosts"]!["primary"]![0]!.GetValue<string>());
        Assert.NotEmpty(created["sbcHosts"]!["subnets"]!.AsArray());
        Assert.Equal("SUCCESS", await WaitForSuccessAsync(client, id));

        var page = await BodyAsync(await client.GetAsync($"{Trunks}?name=Static&page=0&size=20"));
        Assert.Contains(page["results"]!.AsArray(), r => r!["id"]!.GetValue<string>() == id);
        Assert.Equal(0, page["paging"]!["page"]!.GetValue<int>());
        var trunk = await BodyAsync(await client.GetAsync($"{Trunks}/{id}"));
        Assert.Equal(["PCMU", "PCMA"], trunk["codecs"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("ROUND_ROBIN", trunk["strategy"]!.GetValue<string>());
    }

    [Fact]
    [Trait("Rule", "N1")]
    public async Task CreateOnLegacyAccount_ShouldAnswerSeedIpsWithPairedBackup()
    {
        var response = await Client(LegacyKey).PostAsync(Trunks, Json("""
            {"type":"REGISTERED","name":"Legacy registered","location":"SINGAPORE","channelLimit":5,"billingPackage":{"packageType":"METERED"},"tls":true}
            """));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var sbc = (await BodyAsync(response))["sbcHosts"]!;
        Assert.Equal("81.23.254.222:5061", sbc["primary"]![0]!.GetValue<string>());
        Assert.Equal("202.22.165.222:5061", sbc["backup"]![0]!.GetValue<string>());
    }

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "G2")]
    [Trait("Rule", "R3")]
    public async Task Registered_ShouldShowPasswordOnCreateAndReset_Only()
    {
        var client = Client(AcmeKey);
        var created = await BodyAsync(await client.PostAsync(Trunks, Json("""
            {"type":"REGISTERED","name":"Registered SIP trunk","location":"FRANKFURT","internationalCallsAllowed":true,"channelLimit":999,
             "billingPackage":{"packageType":"METERED"},"tls":true,"codecs":["G729"],"dtmf":"RFC2833","fax":"NONE","numberFormat":"E164",
             "anonymization":"PREFERRED_IDENTITY","inviteAuthentication":true}
            """)));
        var id = created["id"]!.GetValue<string>();
        var password = created["password"]!.GetValue<string>();
        Assert.Equal($"{id}.eu.sip.voice.infobip.com:5061", created["sbcHosts"]!["primary"]![0]!.GetValue<string>());
        await WaitForSuccessAsync(client, id);

        var read = await client.GetStringAsync($"{Trunks}/{id}");
        Assert.DoesNotContain("password", read, StringComparison.Ordinal);
        var reset = await BodyAsync(await client.PostAsync($"{Trunks}/{id}/reset-password", null));
        Assert.Equal("REGISTERED", reset["type"]!.GetValue<string>());
        Assert.Equal(created["username"]!.GetValue<string>(), reset["username"]!.GetValue<string>());
        Assert.NotEqual(password, reset["password"]!.GetValue<string>());
    }

    [Fact]
    [Trait("Rule", "A4")]
    public async Task Authenticated_ShouldReturnEveryCredentialOnce_AndTlsAlwaysOn()
    {
        var client = Client(AcmeKey);
        var created = await BodyAsync(await client.PostAsync(Trunks, Json("""
            {"type":"AUTHENTICATED","name":"ElevenLabs agent","location":"FRANKFURT","channelLimit":5,"billingPackage":{"packageType":"METERED"},
             "authentication":{"inbound":{"digestAuthenticationEnabled":true},"outbound":{"fqdn":"sip.rtc.elevenlabs.io:5061"}}}
            """)));

        Assert.True(created["tls"]!.GetValue<bool>());
        var inbound = created["authentication"]!["inbound"]!;
        var outbound = created["authentication"]!["outbound"]!;
        Assert.False(string.IsNullOrEmpty(inbound["headerValue"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(inbound["digestPassword"]!.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(outbound["digestPassword"]!.GetValue<string>()));
        Assert.Equal("sip.rtc.elevenlabs.io:5061", outbound["fqdn"]!.GetValue<string>());
        var read = await client.GetStringAsync($"{Trunks}/{created["id"]!.GetValue<string>()}");
        Assert.DoesNotContain(inbound["headerValue"]!.GetValue<string>(), read, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F6")]
    [Trait("Rule", "P2")]
    [Trait("Rule", "P4")]
    public async Task ProviderExamples_ShouldBeAccepted_WithDefaultLocationWhenOmitted()
    {
        var client = Client(AcmeKey);
        var genesys = await client.PostAsync(Trunks, Json("""
            {"type":"PROVIDER","name":"Genesys","channelLimit":10,"billingPackage":{"packageType":"METERED"},"tls":true,"provider":{"region":"EU_CENTRAL_1","type":"GENESYS_CLOUD"}}
            """));
        var openAi = await client.PostAsync(Trunks, Json("""
            {"type":"PROVIDER","name":"OpenAI","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"},"provider":{"projectId":"proj_123456","type":"OPENAI_REALTIME"}}
            """));
        var freshworks = await client.PostAsync(Trunks, Json("""
            {"type":"PROVIDER","name":"Freshworks","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"},"provider":{"accountSid":"223344","sipDomain":"123456-sip.domain.com","type":"FRESHWORKS"}}
            """));

        Assert.Equal(HttpStatusCode.Accepted, genesys.StatusCode);
        Assert.Equal("FRANKFURT", (await BodyAsync(genesys))["location"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, openAi.StatusCode);
        Assert.Equal("OPENAI_REALTIME", (await BodyAsync(openAi))["provider"]!["type"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Accepted, freshworks.StatusCode);
    }

    [Fact]
    [Trait("Rule", "U1")]
    [Trait("Rule", "P3")]
    public async Task ServiceAddresses_ShouldSupportCrud_AndUnlockUsDataCenters()
    {
        var client = Client(AcmeKey);
        var cisco = """{"type":"PROVIDER","name":"Cisco","location":"NEW_YORK","channelLimit":10,"billingPackage":{"packageType":"METERED"ADDRESS},"provider":{"ciscoUUID":"b48b3fdd-0000-4000-8000-000000000001","type":"CISCO_WEBEX"}}""";
        var refused = await client.PostAsync(Trunks, Json(cisco.Replace("ADDRESS", "")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        var created = await client.PostAsync(Addresses, Json("""
            {"name":"NY office","street":"1 Main St","city":"New York","postCode":"10001","countryCode":"USA","countryRegionCode":"US-NY"}
            """));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var address = await BodyAsync(created);
        var addressId = address["id"]!.GetValue<string>();
        Assert.Equal("USA", address["country"]!["code"]!.GetValue<string>());
        Assert.Equal("US-NY", address["region"]!["code"]!.GetValue<string>());

        var accepted = await client.PostAsync(Trunks, Json(cisco.Replace("ADDRESS", $",\"addressId\":\"{addressId}\"")));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Addresses}/{addressId}")).StatusCode);
        var list = await BodyAsync(await client.GetAsync(Addresses));
        Assert.Single(list["results"]!.AsArray());
        var updated = await client.PutAsync($"{Addresses}/{addressId}", Json("""
            {"name":"NY HQ","street":"1 Main St","city":"New York","postCode":"10001","countryCode":"USA","countryRegionCode":"US-NY"}
            """));
        Assert.Equal("NY HQ", (await BodyAsync(updated))["name"]!.GetValue<string>());
        var inUse = await client.DeleteAsync($"{Addresses}/{addressId}");
        Assert.Equal(HttpStatusCode.BadRequest, inUse.StatusCode);
        Assert.Contains("Cisco", await inUse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Client(LegacyKey).GetAsync($"{Addresses}/{addressId}")).StatusCode);
    }

    [Fact]
    public async Task CountriesAndRegions_ShouldComeFromIso3166_WithTheEnvelopeForMistakes()
    {
        var client = Client(AcmeKey);
        var countries = JsonNode.Parse(await client.GetStringAsync($"{Addresses}/countries"))!.AsArray();
        Assert.Contains(countries, c => c!["code"]!.GetValue<string>() == "HRV");
        var regions = JsonNode.Parse(await client.GetStringAsync($"{Addresses}/countries/regions?countryCode=HRV"))!.AsArray();
        Assert.Contains(regions, r => r!["code"]!.GetValue<string>() == "HR-01" && r["countryCode"]!.GetValue<string>() == "HRV");

        var missing = await client.GetAsync($"{Addresses}/countries/regions");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.NotNull((await BodyAsync(missing))["requestError"]!["serviceException"]!["validationErrors"]!["countryCode"]);
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task SharedSourceHost_ShouldAnswer400OnTheHost_NamingTheOtherTrunk()
    {
        var client = Client(AcmeKey);
        const string body = """
            {"type":"STATIC","name":"NAME","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"},"sourceHosts":["198.51.100.7","203.0.113.77"]}
            """;
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync(Trunks, Json(body.Replace("NAME", "Holder", StringComparison.Ordinal)))).StatusCode);

        var second = await client.PostAsync(Trunks, Json(body.Replace("NAME", "Sharer", StringComparison.Ordinal)
            .Replace("\"198.51.100.7\",", "", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        var errors = (await BodyAsync(second))["requestError"]!["serviceException"]!["validationErrors"]!.AsObject();
        var message = Assert.Single(errors).Value!.AsArray().Single()!.GetValue<string>();
        Assert.Equal("sourceHosts[0]", Assert.Single(errors).Key);
        Assert.Contains("your trunk \"Holder\" in FRANKFURT", message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task AnotherAccountsTrunk_ShouldAnswer404LikeAnUnknownId()
    {
        var created = await BodyAsync(await Client(AcmeKey).PostAsync(Trunks, Json("""
            {"type":"STATIC","name":"Acme only","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"},"sourceHosts":["10.0.0.1"]}
            """)));
        var id = created["id"]!.GetValue<string>();
        var legacy = Client(LegacyKey);

        foreach (var response in new[]
        {
            await legacy.GetAsync($"{Trunks}/{id}"),
            await legacy.GetAsync($"{Trunks}/{id}/status"),
            await legacy.DeleteAsync($"{Trunks}/{id}"),
            await legacy.PostAsync($"{Trunks}/{id}/reset-password", null),
            await legacy.PostAsync($"{Trunks}/{id}/status", Json("""{"adminStatus":"DISABLED"}""")),
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("NOT_FOUND", (await BodyAsync(response))["requestError"]!["serviceException"]!["messageId"]!.GetValue<string>());
        }
    }

    [Fact]
    [Trait("Rule", "L7")]
    [Trait("Rule", "L5")]
    public async Task ThirdDataCenter_ShouldBeRefusedNamingTheLimitAndTheCount()
    {
        var client = Client(AcmeKey);
        foreach (var location in new[] { "FRANKFURT", "SINGAPORE" })
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync(Trunks, Json(
                $$"""{"type":"STATIC","name":"In {{location}}","location":"{{location}}","channelLimit":10,"billingPackage":{"packageType":"METERED"},"sourceHosts":["10.0.0.1"]}"""))).StatusCode);
        }

        var third = await client.PostAsync(Trunks, Json("""
            {"type":"STATIC","name":"In Bogota","location":"BOGOTA","channelLimit":10,"billingPackage":{"packageType":"METERED"},"sourceHosts":["10.0.0.1"]}
            """));

        Assert.Equal(HttpStatusCode.BadRequest, third.StatusCode);
        var text = (await BodyAsync(third))["requestError"]!["serviceException"]!["text"]!.GetValue<string>();
        Assert.Contains("2", text, StringComparison.Ordinal);
        Assert.Contains("FRANKFURT", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F5")]
    [Trait("Rule", "R2")]
    public async Task Update_ShouldRefuseFixedFields_AndAuditChangesWithTheKeysName()
    {
        var client = Client(AcmeKey);
        var id = (await BodyAsync(await client.PostAsync(Trunks, Json("""
            {"type":"STATIC","name":"Editable","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"},"sourceHosts":["10.0.0.1"]}
            """))))["id"]!.GetValue<string>();
        await WaitForSuccessAsync(client, id);

        var moved = await client.PutAsync($"{Trunks}/{id}", Json("""{"type":"STATIC","name":"Editable","location":"SINGAPORE","sourceHosts":["10.0.0.1"]}"""));
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains("location", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var renamed = await client.PutAsync($"{Trunks}/{id}", Json("""{"type":"STATIC","name":"Renamed","sourceHosts":["10.0.0.1"],"destinationHosts":["10.0.0.2:5060"]}"""));
        Assert.Equal(HttpStatusCode.Accepted, renamed.StatusCode);
        Assert.Equal("SUCCESS", await WaitForSuccessAsync(client, id));

        await using var db = await _app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var update = await db.AuditEntries.SingleAsync(e => e.TrunkId == Guid.Parse(id) && e.Action == AuditActions.TrunkUpdate);
        Assert.Equal("Demo key", update.ActorName);
        Assert.Contains(update.Changes, c => c.Field == "Name" && c.Old == "Editable" && c.New == "Renamed");
    }
}
