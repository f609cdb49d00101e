using System.Text.Json;
using TrunkPortal.Api.Json;
using TrunkPortal.Api.Trunks;
using TrunkPortal.Api.Trunks.Responses;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Api;

/// <summary>Each response subtype emits exactly the reference's field names, and nothing secret where R3 forbids it.</summary>
public class TrunkResponseJsonTests
{
    private static readonly Guid _accountId = Guid.NewGuid();

    private static JsonElement Json<T>(T value) => JsonDocument.Parse(JsonSerializer.Serialize(value, ApiJson.Options)).RootElement.Clone();

    private static TrunkView View(TrunkRequest settings) => new FakeTrunkService().Add(_accountId, settings, settings.Type == TrunkType.Registered ? "user-1" : null);

    private static TrunkRequest Full(TrunkType type, ProviderType? provider = null) => new()
    {
        Type = type, Provider = provider, Name = "n", Location = "FRANKFURT", InternationalCallsAllowed = false, ChannelLimit = 10,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered }, Tls = false,
        Codecs = [Codec.Pcmu], Dtmf = Dtmf.Rfc2833, Fax = Fax.None, NumberFormat = NumberFormat.E164, Anonymization = Anonymization.None,
        SipOptionsEnabled = type == TrunkType.Static ? true : null, InviteAuthentication = type == TrunkType.Registered ? true : null,
        SourceHosts = type == TrunkType.Static ? ["1.2.3.4"] : null, DestinationHosts = type == TrunkType.Static ? ["5.6.7.8:5060"] : null,
        Strategy = type == TrunkType.Static ? RoutingStrategy.Failover : null,
        DigestAuthenticationEnabled = type == TrunkType.Authenticated ? true : null, RemoteFqdn = type == TrunkType.Authenticated ? "sip.vapi.ai" : null,
        AccountSid = provider == ProviderType.Freshworks ? "AC1" : null, SipDomain = provider == ProviderType.Freshworks ? "d.example" : null,
        GenesysRegion = provider == ProviderType.GenesysCloud ? GenesysRegion.EuCentral1 : null,
        CiscoUuid = provider == ProviderType.CiscoWebex ? "cisco-1" : null, ProjectId = provider == ProviderType.OpenAiRealtime ? "proj_1" : null,
    };

    private const string ReadBase = "anonymization billingPackage channelLimit codecs dtmf fax id internationalCallsAllowed location name numberFormat sbcHosts tls type";

    [Theory]
    [Trait("Rule", "F1")]
    [InlineData(TrunkType.Static, ReadBase + " destinationHosts sipOptions sourceHosts strategy")]
    [InlineData(TrunkType.Registered, ReadBase + " inviteAuthentication username")]
    [InlineData(TrunkType.Authenticated, ReadBase + " authentication")]
    public void SipTrunkResponse_ShouldEmitExactlyTheSubtypeFields_WhenSerialised(TrunkType type, string fields)
    {
        var json = Json<SipTrunkResponse>(TrunkResponseMapper.ToResponse(View(Full(type))));

        Assert.Equal(fields.Split(' ').Order(StringComparer.Ordinal), ApiAssert.FieldNames(json));
        Assert.Equal(JsonNamingPolicy.SnakeCaseUpper.ConvertName(type.ToString()), json.GetProperty("type").GetString());
        Assert.Equal(["backup", "primary", "subnets"], ApiAssert.FieldNames(json.GetProperty("sbcHosts")));
        Assert.Equal(["packageType"], ApiAssert.FieldNames(json.GetProperty("billingPackage")));
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void AuthenticatedSipTrunkResponse_ShouldHoldNoSecret_WhenSerialised()
    {
        var json = Json<SipTrunkResponse>(TrunkResponseMapper.ToResponse(View(Full(TrunkType.Authenticated))));

        var authentication = json.GetProperty("authentication");
        Assert.Equal(["digestAuthenticationEnabled"], ApiAssert.FieldNames(authentication.GetProperty("inbound")));
        Assert.Equal(["fqdn"], ApiAssert.FieldNames(authentication.GetProperty("outbound")));
        Assert.True(json.GetProperty("tls").GetBoolean());
    }

    [Theory]
    [Trait("Rule", "F1")]
    [InlineData(ProviderType.Freshworks, "FRESHWORKS", "accountSid sipDomain type")]
    [InlineData(ProviderType.GenesysCloud, "GENESYS_CLOUD", "region type")]
    [InlineData(ProviderType.CiscoWebex, "CISCO_WEBEX", "ciscoUUID type")]
    [InlineData(ProviderType.OpenAiRealtime, "OPENAI_REALTIME", "projectId type")]
    public void ProviderResponse_ShouldEmitExactlyTheProviderFields_WhenSerialised(ProviderType provider, string spelling, string fields)
    {
        var json = Json<SipTrunkResponse>(TrunkResponseMapper.ToResponse(View(Full(TrunkType.Provider, provider))));

        Assert.Equal("PROVIDER", json.GetProperty("type").GetString());
        var providerJson = json.GetProperty("provider");
        Assert.Equal(spelling, providerJson.GetProperty("type").GetString());
        Assert.Equal(fields.Split(' ').Order(StringComparer.Ordinal), ApiAssert.FieldNames(providerJson));
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void GenesysProviderResponse_ShouldSpellRegionWithUnderscoreBeforeDigit_WhenSerialised()
    {
        var json = Json<SipTrunkResponse>(TrunkResponseMapper.ToResponse(View(Full(TrunkType.Provider, ProviderType.GenesysCloud))));

        Assert.Equal("EU_CENTRAL_1", json.GetProperty("provider").GetProperty("region").GetString());
    }

    private const string CreateBase = "billingPackage channelLimit id internationalCallsAllowed location name sbcHosts type";
    private const string Media = " anonymization codecs dtmf fax numberFormat tls";

    [Theory]
    [Trait("Rule", "G1")]
    [InlineData(TrunkType.Static, CreateBase + Media + " destinationHosts sipOptions sourceHosts strategy")]
    [InlineData(TrunkType.Registered, CreateBase + Media + " inviteAuthentication password username")]
    [InlineData(TrunkType.Authenticated, CreateBase + Media + " authentication")]
    public void CreateSipTrunkResponse_ShouldEmitExactlyTheSubtypeFields_WhenSerialised(TrunkType type, string fields)
    {
        var settings = Full(type);
        var created = new CreatedTrunk(View(settings), type switch
        {
            TrunkType.Registered => new IssuedSecrets { Type = type, Username = "u", Password = "p" },
            TrunkType.Authenticated => new IssuedSecrets
            {
                Type = type, HeaderValue = "h", DigestAuthenticationEnabled = true, InboundDigestUsername = "iu", InboundDigestPassword = "ip",
                RemoteFqdn = "sip.vapi.ai", OutboundDigestUsername = "ou", OutboundDigestPassword = "op",
            },
            _ => null,
        });

        var json = Json<CreateSipTrunkResponse>(TrunkResponseMapper.ToCreateResponse(created));

        Assert.Equal(fields.Split(' ').Order(StringComparer.Ordinal), ApiAssert.FieldNames(json));
    }

    [Fact]
    [Trait("Rule", "A4")]
    public void CreateAuthenticatedResponse_ShouldCarryEveryCredentialOnce_WhenSerialised()
    {
        var secrets = new IssuedSecrets
        {
            Type = TrunkType.Authenticated, HeaderValue = "h", DigestAuthenticationEnabled = true, InboundDigestUsername = "iu", InboundDigestPassword = "ip",
            RemoteFqdn = "sip.vapi.ai", OutboundDigestUsername = "ou", OutboundDigestPassword = "op",
        };
        var json = Json<CreateSipTrunkResponse>(TrunkResponseMapper.ToCreateResponse(new CreatedTrunk(View(Full(TrunkType.Authenticated)), secrets)));

        var authentication = json.GetProperty("authentication");
        Assert.Equal(["digestAuthenticationEnabled", "digestPassword", "digestUsername", "headerValue"], ApiAssert.FieldNames(authentication.GetProperty("inbound")));
        Assert.Equal(["digestPassword", "digestUsername", "fqdn"], ApiAssert.FieldNames(authentication.GetProperty("outbound")));
        Assert.Equal("op", authentication.GetProperty("outbound").GetProperty("digestPassword").GetString());
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void CreateProviderResponse_ShouldEmitBaseAndProviderOnly_WhenSerialised()
    {
        var json = Json<CreateSipTrunkResponse>(TrunkResponseMapper.ToCreateResponse(new CreatedTrunk(View(Full(TrunkType.Provider, ProviderType.OpenAiRealtime)), null)));

        Assert.Equal((CreateBase + " provider").Split(' ').Order(StringComparer.Ordinal), ApiAssert.FieldNames(json));
    }

    [Theory]
    [Trait("Rule", "G2")]
    [InlineData(TrunkType.Registered, "password type username")]
    [InlineData(TrunkType.Authenticated, "authentication type")]
    public void ResetPasswordResponse_ShouldEmitExactlyTheSubtypeFields_WhenSerialised(TrunkType type, string fields)
    {
        var response = TrunkResponseMapper.ToResetResponse(new IssuedSecrets { Type = type, Username = "u", Password = "p", HeaderValue = "h", InboundDigestPassword = "ip" });

        var json = Json(response);

        Assert.Equal(fields.Split(' ').Order(StringComparer.Ordinal), ApiAssert.FieldNames(json));
        Assert.Equal(type == TrunkType.Registered ? "REGISTERED" : "AUTHENTICATED", json.GetProperty("type").GetString());
    }

    [Fact]
    [Trait("Rule", "T3")]
    public void StatusResponse_ShouldMatchReferenceExample_WhenResetWithReason()
    {
        var json = JsonSerializer.Serialize(
            TrunkResponseMapper.ToStatusResponse(new TrunkStatusView(AdminStatus.Disabled, ActionStatus.Reset, "Not enough credits.", RegistrationStatus.Unregistered, 0)),
            ApiJson.Options);

        Assert.Equal("""{"adminStatus":"DISABLED","actionStatus":{"status":"RESET","reason":"Not enough credits."},"registrationStatus":"UNREGISTERED","activeCalls":0}""", json);
    }

    [Fact]
    [Trait("Rule", "T1")]
    public void StatusResponse_ShouldOmitReasonAndRegistration_WhenNotGiven()
    {
        var json = JsonSerializer.Serialize(
            TrunkResponseMapper.ToStatusResponse(new TrunkStatusView(AdminStatus.SystemDisabled, ActionStatus.Success, null, null, 100)), ApiJson.Options);

        Assert.Equal("""{"adminStatus":"SYSTEM_DISABLED","actionStatus":{"status":"SUCCESS"},"activeCalls":100}""", json);
    }

    [Fact]
    [Trait("Area", "Api")]
    public void Page_ShouldWrapResultsAndPaging_WhenSerialised()
    {
        var view = View(Full(TrunkType.Static));
        var json = Json(TrunkResponseMapper.ToPage(new TrunkPage([view], 0, 20, 1, 1)));

        Assert.Equal(["paging", "results"], ApiAssert.FieldNames(json));
        Assert.Equal(["page", "size", "totalPages", "totalResults"], ApiAssert.FieldNames(json.GetProperty("paging")));
        Assert.Equal("STATIC", json.GetProperty("results")[0].GetProperty("type").GetString());
    }
}
