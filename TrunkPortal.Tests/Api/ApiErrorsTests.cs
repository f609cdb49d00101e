using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TrunkPortal.Api.OpenApi;

namespace TrunkPortal.Tests.Api;

/// <summary>Every 4xx and 5xx of /calls answers in the reference's envelope, naming the property and what is accepted.</summary>
[Trait("Db", "Both")]
public class ApiErrorsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Base = "/calls/1/sip-trunks";

    private readonly HttpClient _client = factory.ClientFor(ApiFactory.KeyA);

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Theory]
    [Trait("Area", "Api")]
    [InlineData("{\"type\":\"STATIC\",", "not valid JSON")]
    [InlineData("", "Request body is required")]
    [InlineData("[1,2]", "must be a JSON object")]
    public async Task Create_ShouldAnswer400_WhenBodyIsNotAJsonObject(string body, string expected)
    {
        var error = await ApiAssert.ErrorAsync(await _client.PostAsync(Base, Body(body)), HttpStatusCode.BadRequest, "BAD_REQUEST");

        Assert.Contains(expected, ApiAssert.Text(error), StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Area", "Api")]
    [InlineData("""{"type":"STATIC","name":"x","channelLimit":"ten"}""", "channelLimit", "The value \"ten\" is not accepted for channelLimit: it must be a whole number.")]
    [InlineData("""{"type":"STATIC","name":"x","tls":"yes"}""", "tls", "The value \"yes\" is not accepted for tls: it must be true or false.")]
    [InlineData("""{"type":"STATIC","name":42}""", "name", "The value 42 is not accepted for name: it must be a text string in double quotes.")]
    [InlineData("""{"type":"STATIC","name":"x","sourceHosts":"1.2.3.4"}""", "sourceHosts", "The value \"1.2.3.4\" is not accepted for sourceHosts: it must be a JSON array.")]
    [InlineData("""{"type":"STATIC","name":"x","billingPackage":"METERED"}""", "billingPackage", "The value \"METERED\" is not accepted for billingPackage: it must be a JSON object.")]
    public async Task Create_ShouldAnswer400NamingTheProperty_WhenValueHasWrongType(string body, string path, string message)
    {
        var error = await ApiAssert.ErrorAsync(await _client.PostAsync(Base, Body(body)), HttpStatusCode.BadRequest, "BAD_REQUEST");

        Assert.Equal([message], ApiAssert.Messages(error, path));
    }

    [Theory]
    [Trait("Rule", "F2")]
    [InlineData("""{"type":"STATIC","name":"x","codecs":["PCMU","G722"]}""", "codecs[1]", "PCMU, PCMA, G729")]
    [InlineData("""{"type":"STATIC","name":"x","dtmf":"SIP_INFO"}""", "dtmf", "RFC2833, INBAND")]
    [InlineData("""{"type":"STATIC","name":"x","numberFormat":"NATIONAL"}""", "numberFormat", "E164, INTERNATIONAL, US_NATIONAL")]
    [InlineData("""{"type":"STATIC","name":"x","billingPackage":{"packageType":"FLAT"}}""", "billingPackage.packageType", "METERED, UNLIMITED")]
    [InlineData("""{"type":"PINNED","name":"x"}""", "type", "STATIC, REGISTERED, PROVIDER, AUTHENTICATED")]
    [InlineData("""{"type":"PROVIDER","name":"x","provider":{"type":"GENESYS_PURECLOUD"}}""", "provider.type", "FRESHWORKS, GENESYS_CLOUD, CISCO_WEBEX, OPENAI_REALTIME")]
    [InlineData("""{"type":"PROVIDER","name":"x","provider":{"type":"GENESYS_CLOUD","region":"EU_CENTRAL1"}}""", "provider.region", "NA_US_EAST_1, NA_US_EAST_2")]
    [InlineData("""{"type":"STATIC","name":"x","fax":1}""", "fax", "NONE, INBAND, T38")]
    public async Task Create_ShouldListAcceptedValues_WhenEnumValueUnknown(string body, string path, string accepted)
    {
        var error = await ApiAssert.ErrorAsync(await _client.PostAsync(Base, Body(body)), HttpStatusCode.BadRequest, "BAD_REQUEST");

        var message = Assert.Single(ApiAssert.Messages(error, path));
        Assert.Contains(accepted, message, StringComparison.Ordinal);
        Assert.Contains(path, message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Create_ShouldAnswer413InEnvelope_WhenBodyOverTheCap()
    {
        var huge = "{\"type\":\"STATIC\",\"name\":\"" + new string('a', 70_000) + "\"}";

        var error = await ApiAssert.ErrorAsync(await _client.PostAsync(Base, Body(huge)), HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");

        Assert.Contains("65536", ApiAssert.Text(error), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Create_ShouldAnswer413_WhenChunkedBodyOverTheCapHasNoLength()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"name\":\"" + new string('a', 70_000) + "\"}")));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await _client.PostAsync(Base, content);

        await ApiAssert.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE");
    }

    [Theory]
    [Trait("Rule", "R1")]
    [InlineData(null, "send the header")]
    [InlineData("App tp_wrong-key", "not valid or has been revoked")]
    [InlineData("Bearer abc", "send the header")]
    [InlineData("App ", "not valid")]
    public async Task Request_ShouldAnswer401InEnvelope_WhenKeyMissingOrWrong(string? authorization, string expected)
    {
        var client = factory.ClientFor(null);
        var request = new HttpRequestMessage(HttpMethod.Get, Base);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await client.SendAsync(request);

        var error = await ApiAssert.ErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHORIZED");
        Assert.Contains(expected, ApiAssert.Text(error), StringComparison.Ordinal);
        Assert.Equal("App", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    [Trait("Rule", "L7")]
    public async Task Create_ShouldAnswer400WithTheRulesText_WhenServiceRefuses()
    {
        var body = CreateTrunkExamples.Static.Replace("Static SIP trunk", "refuse-me", StringComparison.Ordinal);

        var error = await ApiAssert.ErrorAsync(await _client.PostAsync(Base, Body(body)), HttpStatusCode.BadRequest, "BAD_REQUEST");

        Assert.Equal(FakeTrunkService.RefusalText, ApiAssert.Text(error));
    }

    [Fact]
    [Trait("Rule", "F1")]
    public async Task Create_ShouldKeyValidationErrorsByJsonPath_WhenServiceFindsFieldsInvalid()
    {
        var body = CreateTrunkExamples.Static.Replace("Static SIP trunk", "invalid-me", StringComparison.Ordinal);

        var error = await ApiAssert.ErrorAsync(await _client.PostAsync(Base, Body(body)), HttpStatusCode.BadRequest, "BAD_REQUEST");

        Assert.Equal("Request is invalid.", ApiAssert.Text(error));
        Assert.Equal(["sourceHosts[1]", "authentication.outbound.fqdn", "billingPackage.packageType"], ApiAssert.Keys(error));
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task Create_ShouldAnswer500GeneralErrorWithoutStackTrace_WhenServiceThrows()
    {
        var body = CreateTrunkExamples.Static.Replace("Static SIP trunk", "boom", StringComparison.Ordinal);

        var response = await _client.PostAsync(Base, Body(body));

        var error = await ApiAssert.ErrorAsync(response, HttpStatusCode.InternalServerError, "GENERAL_ERROR");
        Assert.Equal("Something went wrong. Please contact support.", ApiAssert.Text(error));
        Assert.DoesNotContain("Secret internal detail", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Area", "Api")]
    [InlineData("/calls/1/unknown", HttpStatusCode.NotFound, "NOT_FOUND")]
    [InlineData("/calls/1/sip-trunks/a/b/c", HttpStatusCode.NotFound, "NOT_FOUND")]
    public async Task UnknownRoute_ShouldAnswerInEnvelopeNotHtml_WhenUnderCalls(string path, HttpStatusCode status, string messageId)
    {
        await ApiAssert.ErrorAsync(await _client.GetAsync(path), status, messageId);
    }

    [Fact]
    [Trait("Area", "Api")]
    public async Task WrongMethod_ShouldAnswer405InEnvelope_WhenPathExists()
    {
        await ApiAssert.ErrorAsync(await _client.PatchAsync(Base, Body("{}")), HttpStatusCode.MethodNotAllowed, "METHOD_NOT_ALLOWED");
    }

    [Theory]
    [Trait("Area", "Api")]
    [InlineData("?page=-1", "page")]
    [InlineData("?size=0", "size")]
    [InlineData("?size=101", "size")]
    [InlineData("?page=abc", "page")]
    [InlineData("?page=-1&size=101", "page size")]
    public async Task List_ShouldAnswer400KeyedByParameter_WhenPagingOutOfBounds(string query, string keys)
    {
        var error = await ApiAssert.ErrorAsync(await _client.GetAsync(Base + query), HttpStatusCode.BadRequest, "BAD_REQUEST");

        Assert.Equal(keys.Split(' '), ApiAssert.Keys(error));
    }

    [Theory]
    [Trait("Area", "Api")]
    [InlineData("?page=0&size=1")]
    [InlineData("?size=100")]
    [InlineData("")]
    public async Task List_ShouldAnswer200_WhenPagingAtTheBounds(string query)
    {
        var response = await _client.GetAsync(Base + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
