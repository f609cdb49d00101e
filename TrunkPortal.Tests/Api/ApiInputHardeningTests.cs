using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Api;

/// <summary>Hostile input over HTTP answers a 400 in the reference's envelope that names what is wrong, never a 500.</summary>
[Trait("Db", "Both")]
public sealed class ApiInputHardeningTests : IAsyncLifetime
{
    private const string Trunks = "/calls/1/sip-trunks";
    private readonly PortalAppFactory _app = new(settings: new Dictionary<string, string?> { ["Provisioning:DelayMs"] = "0" });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Client() => _app.CreateApiClient();

    private static ByteArrayContent Body(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static async Task<JsonObject> ServiceExceptionAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["requestError"]!["serviceException"]!.AsObject();

    [Fact]
    public async Task List_ShouldAnswerAnEmptyPage_WhenPageTimesSizePassesTwoToThe31()
    {
        var client = Client();
        var created = await client.PostAsync(Trunks, new StringContent("""
            {"type":"REGISTERED","name":"Only one","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"}}
            """, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, created.StatusCode);

        var response = await client.GetAsync($"{Trunks}?page=21474837&size=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Empty(page["results"]!.AsArray());
        Assert.Single(JsonNode.Parse(await client.GetStringAsync($"{Trunks}?page=0&size=100"))!["results"]!.AsArray());
    }

    [Theory]
    [InlineData("POST", Trunks)]
    [InlineData("PUT", Trunks + "/{id}")]
    [InlineData("POST", Trunks + "/service-addresses")]
    public async Task Body_ShouldBeRefusedAs400_WhenItIsNotUtf8(string method, string path)
    {
        if (path.Contains("{id}", StringComparison.Ordinal))
        {
            var created = await Client().PostAsync(Trunks, new StringContent("""
                {"type":"REGISTERED","name":"To edit","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"}}
                """, Encoding.UTF8, "application/json"));
            path = path.Replace("{id}", JsonNode.Parse(await created.Content.ReadAsStringAsync())!["id"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        var bytes = "{\"name\":\"\u00ff\"}"u8.ToArray();
        bytes[9] = 0xff; // a lone 0xFF: never valid UTF-8
        var response = await Client().SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = Body(bytes) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ServiceExceptionAsync(response);
        Assert.Equal("BAD_REQUEST", error["messageId"]!.GetValue<string>());
        Assert.Contains("not valid UTF-8 (byte 10 of", error["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"type":"STATIC","name":"a","name":"b","channelLimit":10,"billingPackage":{"packageType":"METERED"}}""", "name")]
    [InlineData("""{"type":"STATIC","name":"a","channelLimit":10,"billingPackage":{"packageType":"METERED","packageType":"UNLIMITED"}}""", "billingPackage.packageType")]
    [InlineData("""{"type":"REGISTERED","name":"a","channelLimit":10,"billingPackage":{"packageType":"METERED"},"codecs":["PCMU"],"type":"STATIC"}""", "type")]
    public async Task Body_ShouldBeRefused_WhenAPropertyIsGivenTwice_NamingIt(string json, string path)
    {
        var response = await Client().PostAsync(Trunks, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ServiceExceptionAsync(response))["validationErrors"]!.AsObject();
        var message = Assert.Single(errors[path]!.AsArray())!.GetValue<string>();
        Assert.Contains("given twice", message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S5")]
    public async Task SourceHosts_ShouldRefuseAHiddenNul_AndNotStoreTwoHosts()
    {
        var response = await Client().PostAsync(Trunks, new StringContent("""
            {"type":"STATIC","name":"Nul","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"},
             "sourceHosts":["203.0.113.12\u0000","203.0.113.12"],"destinationHosts":["203.0.113.20:5060"]}
            """, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await ServiceExceptionAsync(response))["validationErrors"]!.AsObject();
        Assert.Contains("U+0000", errors["sourceHosts[0]"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "F1")]
    [InlineData("false", HttpStatusCode.Accepted)]
    [InlineData("true", HttpStatusCode.BadRequest)]
    public async Task FreshworksTrunk_ShouldAcceptTheProviderRequestsDefaultTls_AndRefuseTlsOn(string tls, HttpStatusCode expected)
    {
        var json = """
            {"type":"PROVIDER","name":"Freshworks TLS","location":"FRANKFURT","channelLimit":10,"billingPackage":{"packageType":"METERED"},
             "tls":TLS,"provider":{"accountSid":"223344","sipDomain":"123456-sip.domain.com","type":"FRESHWORKS"}}
            """.Replace("TLS", tls, StringComparison.Ordinal);
        var response = await Client().PostAsync(Trunks, new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void PageWindow_ShouldNeverWrapRound()
    {
        Assert.Equal(new PageWindow(200, 100), PageWindow.Of(2, 100));
        Assert.Equal(int.MaxValue, PageWindow.Of(21474837, 100).Skip);
        Assert.Equal(int.MaxValue, PageWindow.Of(int.MaxValue, int.MaxValue).End);
        Assert.Equal(0, PageWindow.Of(-1, 20).Skip);
    }
}
