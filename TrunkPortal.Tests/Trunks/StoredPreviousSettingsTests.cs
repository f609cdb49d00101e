using System.Text.Json;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>T3, E2: what a RESET restores is what the trunk held before the edit, whatever wrote the JSON.</summary>
public class StoredPreviousSettingsTests
{
    /// <summary>
    /// What <c>JsonSerializer.Serialize(TrunkRequest)</c> with default options wrote before StoredPreviousSettings existed
    /// (enums as integers, plus Kind and HeaderValue), for the trunks of <see cref="StoredTrunks"/>. Rows written then may
    /// still be in a database during an edit, so these literals never change.
    /// </summary>
    public static TheoryData<TrunkKind, string> OldJson() => new()
    {
        { TrunkKind.Static, @"{""Type"":0,""Provider"":null,""Kind"":{""Type"":0,""Provider"":null},""Name"":""Branch office"",""Location"":""FRANKFURT"",""InternationalCallsAllowed"":true,""ChannelLimit"":10,""BillingPackage"":{""PackageType"":0,""CountryCode"":null,""AddressId"":null},""Tls"":true,""Codecs"":[2,1],""Dtmf"":1,""Fax"":2,""NumberFormat"":1,""Anonymization"":3,""SipOptionsEnabled"":true,""InviteAuthentication"":null,""SourceHosts"":[""192.0.2.10""],""DestinationHosts"":[""192.0.2.10:5060"",""sip.example.com""],""Strategy"":1,""HeaderValue"":null,""DigestAuthenticationEnabled"":null,""RemoteFqdn"":null,""AccountSid"":null,""SipDomain"":null,""GenesysRegion"":null,""CiscoUuid"":null,""ProjectId"":null}" },
        { TrunkKind.Registered, @"{""Type"":1,""Provider"":null,""Kind"":{""Type"":1,""Provider"":null},""Name"":""Branch office"",""Location"":""FRANKFURT"",""InternationalCallsAllowed"":true,""ChannelLimit"":10,""BillingPackage"":{""PackageType"":1,""CountryCode"":""USA"",""AddressId"":null},""Tls"":false,""Codecs"":[2,1],""Dtmf"":1,""Fax"":2,""NumberFormat"":1,""Anonymization"":3,""SipOptionsEnabled"":null,""InviteAuthentication"":true,""SourceHosts"":null,""DestinationHosts"":null,""Strategy"":null,""HeaderValue"":null,""DigestAuthenticationEnabled"":null,""RemoteFqdn"":null,""AccountSid"":null,""SipDomain"":null,""GenesysRegion"":null,""CiscoUuid"":null,""ProjectId"":null}" },
        { TrunkKind.Authenticated, @"{""Type"":3,""Provider"":null,""Kind"":{""Type"":3,""Provider"":null},""Name"":""Branch office"",""Location"":""FRANKFURT"",""InternationalCallsAllowed"":true,""ChannelLimit"":10,""BillingPackage"":{""PackageType"":0,""CountryCode"":null,""AddressId"":null},""Tls"":null,""Codecs"":[2,1],""Dtmf"":1,""Fax"":2,""NumberFormat"":1,""Anonymization"":3,""SipOptionsEnabled"":null,""InviteAuthentication"":null,""SourceHosts"":null,""DestinationHosts"":null,""Strategy"":null,""HeaderValue"":null,""DigestAuthenticationEnabled"":true,""RemoteFqdn"":""sip.remote.com:5061"",""AccountSid"":null,""SipDomain"":null,""GenesysRegion"":null,""CiscoUuid"":null,""ProjectId"":null}" },
        { TrunkKind.Of(ProviderType.Freshworks), @"{""Type"":2,""Provider"":0,""Kind"":{""Type"":2,""Provider"":0},""Name"":""Branch office"",""Location"":""FRANKFURT"",""InternationalCallsAllowed"":false,""ChannelLimit"":10,""BillingPackage"":{""PackageType"":0,""CountryCode"":null,""AddressId"":null},""Tls"":null,""Codecs"":null,""Dtmf"":null,""Fax"":null,""NumberFormat"":null,""Anonymization"":null,""SipOptionsEnabled"":null,""InviteAuthentication"":null,""SourceHosts"":null,""DestinationHosts"":null,""Strategy"":null,""HeaderValue"":null,""DigestAuthenticationEnabled"":null,""RemoteFqdn"":null,""AccountSid"":""AC0123456789abcdef0123456789abcdef"",""SipDomain"":""acme.sip.twilio.com"",""GenesysRegion"":null,""CiscoUuid"":null,""ProjectId"":null}" },
        { TrunkKind.Of(ProviderType.GenesysCloud), @"{""Type"":2,""Provider"":1,""Kind"":{""Type"":2,""Provider"":1},""Name"":""Branch office"",""Location"":""FRANKFURT"",""InternationalCallsAllowed"":false,""ChannelLimit"":10,""BillingPackage"":{""PackageType"":0,""CountryCode"":null,""AddressId"":null},""Tls"":false,""Codecs"":null,""Dtmf"":null,""Fax"":null,""NumberFormat"":null,""Anonymization"":null,""SipOptionsEnabled"":null,""InviteAuthentication"":null,""SourceHosts"":null,""DestinationHosts"":null,""Strategy"":null,""HeaderValue"":null,""DigestAuthenticationEnabled"":null,""RemoteFqdn"":null,""AccountSid"":null,""SipDomain"":null,""GenesysRegion"":12,""CiscoUuid"":null,""ProjectId"":null}" },
        { TrunkKind.Of(ProviderType.CiscoWebex), @"{""Type"":2,""Provider"":2,""Kind"":{""Type"":2,""Provider"":2},""Name"":""Branch office"",""Location"":""NEW_YORK"",""InternationalCallsAllowed"":false,""ChannelLimit"":10,""BillingPackage"":{""PackageType"":0,""CountryCode"":null,""AddressId"":""addr-1""},""Tls"":false,""Codecs"":null,""Dtmf"":null,""Fax"":null,""NumberFormat"":null,""Anonymization"":null,""SipOptionsEnabled"":null,""InviteAuthentication"":null,""SourceHosts"":null,""DestinationHosts"":null,""Strategy"":null,""HeaderValue"":null,""DigestAuthenticationEnabled"":null,""RemoteFqdn"":null,""AccountSid"":null,""SipDomain"":null,""GenesysRegion"":null,""CiscoUuid"":""b48b3fdd-1234-4abc-9def-0123456789ab"",""ProjectId"":null}" },
        { TrunkKind.Of(ProviderType.OpenAiRealtime), @"{""Type"":2,""Provider"":3,""Kind"":{""Type"":2,""Provider"":3},""Name"":""Branch office"",""Location"":""FRANKFURT"",""InternationalCallsAllowed"":false,""ChannelLimit"":10,""BillingPackage"":{""PackageType"":0,""CountryCode"":null,""AddressId"":null},""Tls"":false,""Codecs"":null,""Dtmf"":null,""Fax"":null,""NumberFormat"":null,""Anonymization"":null,""SipOptionsEnabled"":null,""InviteAuthentication"":null,""SourceHosts"":null,""DestinationHosts"":null,""Strategy"":null,""HeaderValue"":null,""DigestAuthenticationEnabled"":null,""RemoteFqdn"":null,""AccountSid"":null,""SipDomain"":null,""GenesysRegion"":null,""CiscoUuid"":null,""ProjectId"":""proj_123456""}" },
    };

    [Theory]
    [Trait("Rule", "T3")]
    [MemberData(nameof(OldJson))]
    public void Read_ShouldRestoreTheSameSettings_FromTheJsonTrunkRequestWrote(TrunkKind kind, string json)
    {
        var settings = StoredPreviousSettings.Read(json);

        Assert.Equivalent(StoredTrunks.For(kind).ToSettings(), settings, strict: true);
    }

    [Theory]
    [Trait("Rule", "T3")]
    [MemberData(nameof(OldJson))]
    public void Write_ShouldReadBackToTheSameSettings(TrunkKind kind, string json)
    {
        var settings = StoredPreviousSettings.Read(json);

        Assert.Equivalent(StoredTrunks.For(kind).ToSettings(), StoredPreviousSettings.Read(StoredPreviousSettings.Write(settings)), strict: true);
    }

    [Theory]
    [Trait("Rule", "T3")]
    [MemberData(nameof(OldJson))]
    public void Write_ShouldStoreEveryEnumByName_SoThatReorderingMembersCannotChangeARestore(TrunkKind kind, string json)
    {
        var stored = JsonDocument.Parse(StoredPreviousSettings.Write(StoredPreviousSettings.Read(json))).RootElement;

        Assert.Equal(StoredPreviousSettings.CurrentVersion, stored.GetProperty("Version").GetInt32());
        Assert.Equal(kind.Type.ToString(), stored.GetProperty("Type").GetString());
        Assert.Equal(["Version", "ChannelLimit"], Numbers(stored));
    }

    [Fact]
    [Trait("Rule", "T3")]
    public void Write_ShouldSpellEnumsAsTheirMemberNames_NotTheApiSpelling()
    {
        var settings = new TrunkSettings
        {
            Type = TrunkType.Provider,
            Provider = ProviderType.OpenAiRealtime,
            GenesysRegion = GenesysRegion.EuCentral1,
            Codecs = [Codec.G729],
        };

        var json = StoredPreviousSettings.Write(settings);

        Assert.Contains("\"Type\":\"Provider\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Provider\":\"OpenAiRealtime\"", json, StringComparison.Ordinal);
        Assert.Contains("\"GenesysRegion\":\"EuCentral1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Codecs\":[\"G729\"]", json, StringComparison.Ordinal);
    }

    /// <summary>The names of the members holding a number, at any depth.</summary>
    private static IEnumerable<string> Numbers(JsonElement element, string name = "")
    {
        return element.ValueKind switch
        {
            JsonValueKind.Number => [name],
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Numbers(p.Value, p.Name)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Numbers(e, name)),
            _ => [],
        };
    }
}
