using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TrunkPortal.Api.OpenApi;

/// <summary>
/// The reference's own create examples, shown in /openapi/v1.json and Scalar. The provider bodies are elided
/// in the reference ("…"); their base fields are filled in here the way the static example has them.
/// </summary>
public static class CreateTrunkExamples
{
    public const string Static = """
        {"type":"STATIC","name":"Static SIP trunk","location":"NEW_YORK","internationalCallsAllowed":false,"channelLimit":10,"billingPackage":{"packageType":"UNLIMITED","countryCode":"USA","addressId":"562949953421333"},"tls":false,"codecs":["PCMU","PCMA"],"dtmf":"INBAND","fax":"T38","numberFormat":"US_NATIONAL","anonymization":"REMOTE_PARTY_ID","sourceHosts":["10.10.10.10"],"destinationHosts":["100.100.100.101:5060","my.destination.com","my.destination.com:5060"],"strategy":"ROUND_ROBIN","sipOptions":{"enabled":false}}
        """;

    public const string Registered = """
        {"type":"REGISTERED","name":"Registered SIP trunk","location":"SAO_PAULO","internationalCallsAllowed":true,"channelLimit":999,"billingPackage":{"packageType":"METERED"},"tls":true,"codecs":["G729"],"dtmf":"RFC2833","fax":"NONE","numberFormat":"E164","anonymization":"PREFERRED_IDENTITY","inviteAuthentication":true}
        """;

    public const string Freshworks = """
        {"type":"PROVIDER","name":"Freshworks SIP trunk","location":"FRANKFURT","internationalCallsAllowed":false,"channelLimit":10,"billingPackage":{"packageType":"METERED"},"provider":{"accountSid":"223344","sipDomain":"123456-sip.domain.com","type":"FRESHWORKS"}}
        """;

    public const string Genesys = """
        {"type":"PROVIDER","name":"Genesys SIP trunk","internationalCallsAllowed":false,"channelLimit":10,"billingPackage":{"packageType":"METERED"},"tls":true,"provider":{"region":"NA_US_EAST_1","type":"GENESYS_CLOUD"}}
        """;

    public const string Cisco = """
        {"type":"PROVIDER","name":"Cisco Webex SIP trunk","location":"NEW_YORK","internationalCallsAllowed":false,"channelLimit":10,"billingPackage":{"packageType":"METERED"},"provider":{"ciscoUUID":"b48b3fdd-1e0a-4c8f-9a51-0d6e4c7f2a10","type":"CISCO_WEBEX"}}
        """;

    public const string OpenAi = """
        {"type":"PROVIDER","name":"OpenAI Realtime SIP trunk","location":"FRANKFURT","internationalCallsAllowed":false,"channelLimit":10,"billingPackage":{"packageType":"METERED"},"provider":{"projectId":"proj_123456","type":"OPENAI_REALTIME"}}
        """;

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        ["static"] = Static,
        ["registered"] = Registered,
        ["freshworks"] = Freshworks,
        ["genesysCloud"] = Genesys,
        ["ciscoWebex"] = Cisco,
        ["openAiRealtime"] = OpenAi,
    };

    public static Task ApplyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content is { } content && content.TryGetValue("application/json", out var media))
        {
            media.Examples ??= new Dictionary<string, IOpenApiExample>();
            foreach (var (name, json) in All)
            {
                media.Examples[name] = new OpenApiExample { Summary = name, Value = JsonNode.Parse(json) };
            }
        }

        return Task.CompletedTask;
    }
}
