using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using TrunkPortal.Api.OpenApi;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Api;

[Trait("Db", "Both")]
public class TrunksApiTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Base = "/calls/1/sip-trunks";

    private readonly HttpClient _client = factory.ClientFor(ApiFactory.KeyA);

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Theory]
    [Trait("Rule", "F1")]
    [InlineData("static", TrunkType.Static, null)]
    [InlineData("registered", TrunkType.Registered, null)]
    [InlineData("freshworks", TrunkType.Provider, ProviderType.Freshworks)]
    [InlineData("genesysCloud", TrunkType.Provider, ProviderType.GenesysCloud)]
    [InlineData("ciscoWebex", TrunkType.Provider, ProviderType.CiscoWebex)]
    [InlineData("openAiRealtime", TrunkType.Provider, ProviderType.OpenAiRealtime)]
    public async Task Create_ShouldAnswer202AndReachTheService_WhenReferenceExample(string example, TrunkType type, ProviderType? provider)
    {
        var response = await _client.PostAsync(Base, Body(CreateTrunkExamples.All[example]));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.True(Guid.TryParse(json.GetProperty("id").GetString(), out _));
        Assert.Equal(type.ToString().ToUpperInvariant(), json.GetProperty("type").GetString());
        Assert.NotNull(factory.Trunks.LastCreate);
        Assert.Equal(provider, factory.Trunks.LastCreate!.Provider);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    [Trait("Rule", "G1")]
    public async Task Create_ShouldReturnUsernameAndPasswordOnce_WhenRegistered()
    {
        var created = await JsonAsync(await _client.PostAsync(Base, Body(CreateTrunkExamples.Registered)));
        Assert.Equal("fkZ1921tM87", created.GetProperty("password").GetString());

        var read = await JsonAsync(await _client.GetAsync($"{Base}/{created.GetProperty("id").GetString()}"));

        Assert.Equal("426c8402-691c-11ee-8c99-0242ac120002", read.GetProperty("username").GetString());
        Assert.False(read.TryGetProperty("password", out _));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task Get_ShouldAnswer404_WhenTrunkBelongsToAnotherAccount()
    {
        var other = factory.Trunks.Add(factory.AccountB, new TrunkRequest { Type = TrunkType.Static, Name = "theirs" });

        var response = await _client.GetAsync($"{Base}/{other.Id}");

        await ApiAssert.ErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [Trait("Rule", "R1")]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/reset-password")]
    [InlineData("GET", "/status")]
    [InlineData("POST", "/status")]
    public async Task Endpoint_ShouldAnswer404InEnvelope_WhenIdUnknownOrMalformed(string method, string suffix)
    {
        foreach (var id in new[] { Guid.NewGuid().ToString(), "62eb6ff07b18cc6cdf5cf001", "not-a-guid" })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), $"{Base}/{id}{suffix}");
            if (method is "PUT" or "POST")
            {
                request.Content = Body(suffix == "/status" ? """{"adminStatus":"DISABLED"}""" : CreateTrunkExamples.Static);
            }

            var response = await _client.SendAsync(request);

            var error = await ApiAssert.ErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
            Assert.Equal("SIP trunk not found.", ApiAssert.Text(error));
        }
    }

    [Fact]
    [Trait("Rule", "F5")]
    public async Task Update_ShouldAnswer202AndKeepFixedSettings_WhenBodyOmitsThem()
    {
        var created = await JsonAsync(await _client.PostAsync(Base, Body(CreateTrunkExamples.Static)));

        var response = await _client.PutAsync($"{Base}/{created.GetProperty("id").GetString()}",
            Body("""{"type":"STATIC","name":"Renamed","channelLimit":5,"sourceHosts":["10.10.10.11"]}"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var json = await JsonAsync(response);
        Assert.Equal("Renamed", json.GetProperty("name").GetString());
        Assert.Equal("NEW_YORK", factory.Trunks.LastUpdate!.Location);
        Assert.Equal(BillingPackageType.Unlimited, factory.Trunks.LastUpdate.BillingPackage.PackageType);
        Assert.Null(factory.Trunks.LastUpdate.Strategy);
    }

    [Fact]
    [Trait("Rule", "T3")]
    public async Task Delete_ShouldAnswer202WithTheTrunk_WhenKnown()
    {
        var trunk = factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Static, Name = "to-delete" });

        var response = await _client.DeleteAsync($"{Base}/{trunk.Id}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("to-delete", (await JsonAsync(response)).GetProperty("name").GetString());
    }

    [Fact]
    [Trait("Rule", "G2")]
    public async Task ResetPassword_ShouldAnswer200WithNewPassword_WhenRegistered()
    {
        var trunk = factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Registered, Name = "reg" });

        var response = await _client.PostAsync($"{Base}/{trunk.Id}/reset-password", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":"REGISTERED","username":"426c8402-691c-11ee-8c99-0242ac120002","password":"fkZ1921tM87"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Rule", "G2")]
    public async Task ResetPassword_ShouldAnswer400WithRuleText_WhenStaticTrunkIsRefused()
    {
        var trunk = factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Static, Name = "static" });

        var response = await _client.PostAsync($"{Base}/{trunk.Id}/reset-password", null);

        var error = await ApiAssert.ErrorAsync(response, HttpStatusCode.BadRequest, "BAD_REQUEST");
        Assert.Contains("STATIC", ApiAssert.Text(error), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "T1")]
    public async Task Status_ShouldReadAndSetAdminStatus_WhenKnownTrunk()
    {
        var trunk = factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Registered, Name = "status" });

        var set = await _client.PostAsync($"{Base}/{trunk.Id}/status", Body("""{"adminStatus":"DISABLED"}"""));
        var read = await _client.GetAsync($"{Base}/{trunk.Id}/status");

        Assert.Equal("""{"adminStatus":"DISABLED"}""", await set.Content.ReadAsStringAsync());
        Assert.Equal("""{"adminStatus":"DISABLED","actionStatus":{"status":"CREATING"},"registrationStatus":"UNREGISTERED","activeCalls":0}""",
            await read.Content.ReadAsStringAsync());
    }

    [Fact]
    [Trait("Rule", "T1")]
    public async Task SetStatus_ShouldAnswer400_WhenAdminStatusMissingOrRefused()
    {
        var trunk = factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Static, Name = "s" });

        var missing = await ApiAssert.ErrorAsync(await _client.PostAsync($"{Base}/{trunk.Id}/status", Body("{}")), HttpStatusCode.BadRequest, "BAD_REQUEST");
        var refused = await ApiAssert.ErrorAsync(
            await _client.PostAsync($"{Base}/{trunk.Id}/status", Body("""{"adminStatus":"SYSTEM_DISABLED"}""")), HttpStatusCode.BadRequest, "BAD_REQUEST");

        Assert.Equal(["adminStatus"], ApiAssert.Keys(missing));
        Assert.Contains("SYSTEM_DISABLED", ApiAssert.Text(refused), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task List_ShouldShowOnlyTheCallersTrunks_WhenFilteredByName()
    {
        factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Static, Name = "list-mine" });
        factory.Trunks.Add(factory.AccountB, new TrunkRequest { Type = TrunkType.Static, Name = "list-theirs" });

        var json = await JsonAsync(await _client.GetAsync($"{Base}?name=list-&page=0&size=5"));

        Assert.Equal(["list-mine"], json.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(5, json.GetProperty("paging").GetProperty("size").GetInt32());
        Assert.Equal(1, json.GetProperty("paging").GetProperty("totalResults").GetInt64());
    }

    [Fact]
    [Trait("Rule", "N3")]
    public async Task Dns_ShouldReturnFqdnAndRecords_WhenPortalExtension()
    {
        var trunk = factory.Trunks.Add(factory.AccountA, new TrunkRequest { Type = TrunkType.Static, Name = "dns" });

        var json = await JsonAsync(await _client.GetAsync($"/portal/1/sip-trunks/{trunk.Id}/dns"));

        Assert.Equal(["aRecord", "fqdn", "id", "srvRecords"], ApiAssert.FieldNames(json));
        Assert.Equal("abc.fra.sip.voice.infobip.com", json.GetProperty("fqdn").GetString());
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task OpenApi_ShouldServeDocumentWithReferenceExamples_WhenRequested()
    {
        var anonymous = factory.ClientFor(null);

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var scalar = await anonymous.GetAsync("/scalar");

        var examples = document.GetProperty("paths").GetProperty("/calls/1/sip-trunks").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("examples");
        Assert.Equal(["ciscoWebex", "freshworks", "genesysCloud", "openAiRealtime", "registered", "static"], ApiAssert.FieldNames(examples));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("App", out _));
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }
}
