using System.Text.Json;
using TrunkPortal.Api.Json;
using TrunkPortal.Api.OpenApi;
using TrunkPortal.Api.Trunks;
using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Api;

public class TrunkRequestMapperTests
{
    private static TrunkRequest Map(string json)
    {
        var dto = JsonSerializer.Deserialize<SipTrunkRequestDto>(json, ApiJson.Options)!;
        var mapping = TrunkRequestMapper.Map(dto);
        Assert.Null(mapping.Problem);
        return mapping.Request!;
    }

    [Fact]
    [Trait("Rule", "F2")]
    public void Map_ShouldCopyEveryField_WhenReferenceStaticExample()
    {
        var r = Map(CreateTrunkExamples.Static);

        Assert.Equal(TrunkType.Static, r.Type);
        Assert.Equal("Static SIP trunk", r.Name);
        Assert.Equal("NEW_YORK", r.Location);
        Assert.False(r.InternationalCallsAllowed);
        Assert.Equal(10, r.ChannelLimit);
        Assert.Equal(BillingPackageType.Unlimited, r.BillingPackage.PackageType);
        Assert.Equal("USA", r.BillingPackage.CountryCode);
        Assert.Equal("562949953421333", r.BillingPackage.AddressId);
        Assert.False(r.Tls);
        Assert.Equal([Codec.Pcmu, Codec.Pcma], r.Codecs);
        Assert.Equal(Dtmf.Inband, r.Dtmf);
        Assert.Equal(Fax.T38, r.Fax);
        Assert.Equal(NumberFormat.UsNational, r.NumberFormat);
        Assert.Equal(Anonymization.RemotePartyId, r.Anonymization);
        Assert.Equal(["10.10.10.10"], r.SourceHosts);
        Assert.Equal(["100.100.100.101:5060", "my.destination.com", "my.destination.com:5060"], r.DestinationHosts);
        Assert.Equal(RoutingStrategy.RoundRobin, r.Strategy);
        Assert.False(r.SipOptionsEnabled);
        Assert.Null(r.Provider);
        Assert.Null(r.InviteAuthentication);
    }

    [Fact]
    [Trait("Rule", "G3")]
    public void Map_ShouldCopyEveryField_WhenReferenceRegisteredExample()
    {
        var r = Map(CreateTrunkExamples.Registered);

        Assert.Equal(TrunkKind.Registered, r.Kind);
        Assert.Equal("SAO_PAULO", r.Location);
        Assert.True(r.InternationalCallsAllowed);
        Assert.Equal(999, r.ChannelLimit);
        Assert.Equal(BillingPackageType.Metered, r.BillingPackage.PackageType);
        Assert.True(r.Tls);
        Assert.Equal([Codec.G729], r.Codecs);
        Assert.Equal(Dtmf.Rfc2833, r.Dtmf);
        Assert.Equal(Fax.None, r.Fax);
        Assert.Equal(NumberFormat.E164, r.NumberFormat);
        Assert.Equal(Anonymization.PreferredIdentity, r.Anonymization);
        Assert.True(r.InviteAuthentication);
        Assert.Null(r.SourceHosts);
        Assert.Null(r.SipOptionsEnabled);
    }

    [Fact]
    [Trait("Rule", "P1")]
    public void Map_ShouldFillAccountSidAndSipDomain_WhenReferenceFreshworksExample()
    {
        var r = Map(CreateTrunkExamples.Freshworks);

        Assert.Equal(TrunkKind.Of(ProviderType.Freshworks), r.Kind);
        Assert.Equal("223344", r.AccountSid);
        Assert.Equal("123456-sip.domain.com", r.SipDomain);
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Map_ShouldFillRegionAndLeaveLocationEmpty_WhenReferenceGenesysExample()
    {
        var r = Map(CreateTrunkExamples.Genesys);

        Assert.Equal(TrunkKind.Of(ProviderType.GenesysCloud), r.Kind);
        Assert.Equal(GenesysRegion.NaUsEast1, r.GenesysRegion);
        Assert.True(r.Tls);
        Assert.Null(r.Location);
    }

    [Fact]
    [Trait("Rule", "P3")]
    public void Map_ShouldFillCiscoUuid_WhenReferenceCiscoExample()
    {
        var r = Map(CreateTrunkExamples.Cisco);

        Assert.Equal(TrunkKind.Of(ProviderType.CiscoWebex), r.Kind);
        Assert.Equal("b48b3fdd-1e0a-4c8f-9a51-0d6e4c7f2a10", r.CiscoUuid);
    }

    [Fact]
    [Trait("Rule", "P4")]
    public void Map_ShouldFillProjectId_WhenReferenceOpenAiExample()
    {
        var r = Map(CreateTrunkExamples.OpenAi);

        Assert.Equal(TrunkKind.Of(ProviderType.OpenAiRealtime), r.Kind);
        Assert.Equal("proj_123456", r.ProjectId);
    }

    [Fact]
    [Trait("Rule", "A1")]
    public void Map_ShouldFillAuthenticationFields_WhenAuthenticatedBody()
    {
        var r = Map("""{"type":"AUTHENTICATED","name":"ai","authentication":{"inbound":{"headerValue":"abc","digestAuthenticationEnabled":true},"outbound":{"fqdn":"sip.rtc.elevenlabs.io:5061"}}}""");

        Assert.Equal(TrunkKind.Authenticated, r.Kind);
        Assert.Equal("abc", r.HeaderValue);
        Assert.True(r.DigestAuthenticationEnabled);
        Assert.Equal("sip.rtc.elevenlabs.io:5061", r.RemoteFqdn);
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Map_ShouldPassForeignFieldsThrough_WhenKindLacksThem()
    {
        var r = Map("""{"type":"REGISTERED","name":"r","sourceHosts":["1.2.3.4"],"sipOptions":{"enabled":true},"provider":{"type":"FRESHWORKS","accountSid":"AC1"},"authentication":{"outbound":{"fqdn":"x.example"}}}""");

        Assert.Equal(TrunkKind.Registered, r.Kind);
        Assert.Equal(["1.2.3.4"], r.SourceHosts);
        Assert.True(r.SipOptionsEnabled);
        Assert.Equal(ProviderType.Freshworks, r.Provider);
        Assert.Equal("AC1", r.AccountSid);
        Assert.Equal("x.example", r.RemoteFqdn);
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Map_ShouldRefuseWithTypePath_WhenTypeMissing()
    {
        var mapping = TrunkRequestMapper.Map(new SipTrunkRequestDto { Name = "x" });

        Assert.Null(mapping.Request);
        var messages = mapping.Problem!.ValidationErrors!["type"];
        Assert.Contains("STATIC, REGISTERED, PROVIDER, AUTHENTICATED", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Map_ShouldRefuseWithProviderTypePath_WhenProviderTrunkWithoutProviderType()
    {
        var mapping = TrunkRequestMapper.Map(new SipTrunkRequestDto { Type = TrunkType.Provider, Name = "x" });

        Assert.Contains("FRESHWORKS, GENESYS_CLOUD, CISCO_WEBEX, OPENAI_REALTIME", mapping.Problem!.ValidationErrors!["provider.type"][0], StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "F5")]
    public void KeepFixedSettings_ShouldTakeStoredLocationBillingTlsAndProvider_WhenUpdateOmitsThem()
    {
        var stored = new TrunkSettings
        {
            Type = TrunkType.Provider, Provider = ProviderType.Freshworks, Location = "FRANKFURT", Tls = true,
            BillingPackage = new BillingPackageSettings { PackageType = BillingPackageType.Metered }, AccountSid = "AC1", SipDomain = "d.example",
        };
        var update = new TrunkRequest { Type = TrunkType.Provider, Name = "renamed" };

        TrunkRequestMapper.KeepFixedSettings(update, stored);

        Assert.Equal("FRANKFURT", update.Location);
        Assert.True(update.Tls);
        Assert.Equal(BillingPackageType.Metered, update.BillingPackage.PackageType);
        Assert.Equal(ProviderType.Freshworks, update.Provider);
        Assert.Equal("AC1", update.AccountSid);
        Assert.Equal("d.example", update.SipDomain);
    }

    [Theory]
    [Trait("Rule", "F1")]
    [InlineData("SourceHosts[1]", "sourceHosts[1]")]
    [InlineData("DestinationHosts[0]", "destinationHosts[0]")]
    [InlineData("RemoteFqdn", "authentication.outbound.fqdn")]
    [InlineData("HeaderValue", "authentication.inbound.headerValue")]
    [InlineData("DigestAuthenticationEnabled", "authentication.inbound.digestAuthenticationEnabled")]
    [InlineData("SipOptionsEnabled", "sipOptions.enabled")]
    [InlineData("BillingPackage.PackageType", "billingPackage.packageType")]
    [InlineData("BillingPackage.CountryCode", "billingPackage.countryCode")]
    [InlineData("AccountSid", "provider.accountSid")]
    [InlineData("SipDomain", "provider.sipDomain")]
    [InlineData("GenesysRegion", "provider.region")]
    [InlineData("CiscoUuid", "provider.ciscoUUID")]
    [InlineData("ProjectId", "provider.projectId")]
    [InlineData("Provider", "provider.type")]
    [InlineData("ChannelLimit", "channelLimit")]
    [InlineData("Codecs[2]", "codecs[2]")]
    [InlineData("Name", "name")]
    [InlineData("", "body")]
    public void ToJsonPath_ShouldNameTheJsonProperty_WhenGivenTrunkRequestMember(string member, string expected) =>
        Assert.Equal(expected, ValidationPathMapper.ToJsonPath(member));
}
