using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>The settings columns of a stored trunk: what is written is what is read back (F1, F5).</summary>
public class TrunkEntityMapperTests
{
    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(TestRequests.AllKinds), MemberType = typeof(TestRequests))]
    public void ToSettings_ShouldReadBackWhatApplySettingsWrote_ForEveryKind(TrunkKind kind)
    {
        var settings = StoredTrunks.For(kind).ToSettings();
        var entity = new TrunkEntity();

        entity.ApplySettings(settings.ToRequest());

        Assert.Equivalent(settings, entity.ToSettings(), strict: true);
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(TestRequests.AllKinds), MemberType = typeof(TestRequests))]
    public void ToSettings_ShouldLeaveNullEveryFieldTheKindLacks(TrunkKind kind)
    {
        var entity = StoredTrunks.For(kind);
        entity.Tls = true;
        entity.Codecs = [Codec.Pcmu];
        entity.Dtmf = Dtmf.Inband;
        entity.Fax = Fax.T38;
        entity.NumberFormat = NumberFormat.UsNational;
        entity.Anonymization = Anonymization.RemotePartyId;
        entity.SipOptionsEnabled = true;
        entity.InviteAuthentication = true;
        entity.DigestAuthenticationEnabled = true;
        entity.SourceHosts = ["192.0.2.99"];
        entity.DestinationHosts = ["192.0.2.99:5060"];
        entity.Strategy = RoutingStrategy.RoundRobin;
        entity.RemoteFqdn = "sip.remote.com";
        entity.AccountSid = "AC1";
        entity.SipDomain = "d.example";
        entity.GenesysRegion = GenesysRegion.EuWest1;
        entity.CiscoUuid = "uuid";
        entity.ProjectId = "proj_1";

        var read = entity.ToSettings();

        var isStatic = kind.Type == TrunkType.Static;
        var isProvider = kind.Type == TrunkType.Provider;
        Assert.Equal(isStatic, read.SipOptionsEnabled is not null);
        Assert.Equal(isStatic, read.SourceHosts is not null);
        Assert.Equal(isStatic, read.DestinationHosts is not null);
        Assert.Equal(isStatic, read.Strategy is not null);
        Assert.Equal(kind.Type == TrunkType.Registered, read.InviteAuthentication is not null);
        Assert.Equal(kind.Type == TrunkType.Authenticated, read.DigestAuthenticationEnabled is not null);
        Assert.Equal(kind.Type == TrunkType.Authenticated, read.RemoteFqdn is not null);
        Assert.Equal(kind.Type != TrunkType.Authenticated && kind.Provider != ProviderType.Freshworks, read.Tls is not null);
        Assert.Equal(!isProvider, read.Codecs is not null && read.Dtmf is not null && read.Fax is not null);
        Assert.Equal(!isProvider, read.NumberFormat is not null && read.Anonymization is not null);
        Assert.Equal(kind.Provider == ProviderType.Freshworks, read.AccountSid is not null && read.SipDomain is not null);
        Assert.Equal(kind.Provider == ProviderType.GenesysCloud, read.GenesysRegion is not null);
        Assert.Equal(kind.Provider == ProviderType.CiscoWebex, read.CiscoUuid is not null);
        Assert.Equal(kind.Provider == ProviderType.OpenAiRealtime, read.ProjectId is not null);
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(TestRequests.AllKinds), MemberType = typeof(TestRequests))]
    public void ApplySettings_ShouldStoreTlsOn_OnlyWhereTheKindAlwaysUsesIt(TrunkKind kind)
    {
        var request = TestRequests.For(kind);
        TrunkDefaults.ApplyCreateDefaults(request);
        request.Tls = null;
        var entity = new TrunkEntity();

        entity.ApplySettings(request);

        Assert.Equal(FieldMatrix.IsTlsAlwaysOn(kind), entity.Tls);
    }
}
