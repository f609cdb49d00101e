using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class TrunkDefaultsTests
{
    [Fact]
    [Trait("Rule", "F5")]
    public void ApplyCreateDefaults_ShouldFillTheApiDefaults_WhenAStaticRequestOmitsThem()
    {
        var request = new TrunkRequest { Type = TrunkType.Static, Name = "  Branch  " };

        TrunkDefaults.ApplyCreateDefaults(request);

        Assert.Equal("Branch", request.Name);
        Assert.Equal(Dtmf.Rfc2833, request.Dtmf);
        Assert.Equal(Fax.None, request.Fax);
        Assert.Equal(Anonymization.None, request.Anonymization);
        Assert.Equal(NumberFormat.E164, request.NumberFormat);
        Assert.Equal(RoutingStrategy.Failover, request.Strategy);
        Assert.False(request.InternationalCallsAllowed);
        Assert.False(request.Tls);
        Assert.False(request.SipOptionsEnabled);
        Assert.Empty(request.SourceHosts!);
        Assert.Empty(request.DestinationHosts!);
        Assert.Equal([Codec.Pcmu, Codec.Pcma], request.Codecs);
    }

    [Fact]
    [Trait("Rule", "F2")]
    public void ApplyCreateDefaults_ShouldKeepAnEmptyCodecList_SoTheValidatorRefusesIt()
    {
        var request = new TrunkRequest { Type = TrunkType.Static, Codecs = [] };

        TrunkDefaults.ApplyCreateDefaults(request);

        Assert.Empty(request.Codecs!);
    }

    [Fact]
    [Trait("Rule", "F5")]
    public void ApplyCreateDefaults_ShouldKeepWhatWasGiven()
    {
        var request = TestRequests.Static();
        request.Dtmf = Dtmf.Inband;
        request.Tls = true;
        request.NumberFormat = NumberFormat.UsNational;

        TrunkDefaults.ApplyCreateDefaults(request);

        Assert.Equal(Dtmf.Inband, request.Dtmf);
        Assert.True(request.Tls);
        Assert.Equal(NumberFormat.UsNational, request.NumberFormat);
    }

    [Theory]
    [Trait("Rule", "F5")]
    [MemberData(nameof(TestRequests.AllKinds), MemberType = typeof(TestRequests))]
    public void ApplyCreateDefaults_ShouldFillOnlyTheKindsOwnFields(TrunkKind kind)
    {
        var request = TestRequests.For(kind);

        TrunkDefaults.ApplyCreateDefaults(request);

        Assert.True(new FieldApplicabilityValidator().Validate(request).IsValid);
        Assert.Equal(FieldMatrix.Applies(kind, TrunkField.Dtmf), request.Dtmf is not null);
        Assert.Equal(kind.Type == TrunkType.Registered, request.InviteAuthentication is not null);
        Assert.Equal(kind.Type == TrunkType.Authenticated, request.DigestAuthenticationEnabled is not null);
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void ApplyCreateDefaults_ShouldStoreHostsInCanonicalForm_WhenTheyParse()
    {
        var request = TestRequests.Static();
        request.SourceHosts = [" PBX.Example.com ", "2001:DB8:0::1"];
        request.DestinationHosts = ["[2001:DB8::1]:5060", "sip.example.com:0"];

        TrunkDefaults.ApplyCreateDefaults(request);

        Assert.Equal(["pbx.example.com", "2001:db8::1"], request.SourceHosts);
        Assert.Equal(["[2001:db8::1]:5060", "sip.example.com"], request.DestinationHosts);
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void ApplyCreateDefaults_ShouldKeepHostsAsTyped_WhenOneDoesNotParse()
    {
        var request = TestRequests.Static();
        request.SourceHosts = ["PBX.example.com", "010.0.0.1"];

        TrunkDefaults.ApplyCreateDefaults(request);

        Assert.Equal(["PBX.example.com", "010.0.0.1"], request.SourceHosts);
    }

    [Fact]
    [Trait("Rule", "F5")]
    public void ApplyUpdateDefaults_ShouldResetOmittedFieldsAndKeepTheFixedOnes()
    {
        var existing = TestRequests.Static();
        existing.Location = "NEW_YORK";
        existing.Tls = true;
        existing.Dtmf = Dtmf.Inband;
        existing.Fax = Fax.T38;
        existing.InternationalCallsAllowed = true;
        existing.BillingPackage = new BillingPackage { PackageType = BillingPackageType.Unlimited, CountryCode = "USA", AddressId = "a" };
        var update = new TrunkRequest { Type = TrunkType.Static, Name = "Renamed", Codecs = [Codec.Pcma], SourceHosts = ["10.0.0.9"] };

        TrunkDefaults.ApplyUpdateDefaults(update, TrunkSettings.From(existing));

        Assert.Equal("NEW_YORK", update.Location);
        Assert.True(update.Tls);
        Assert.Equal(BillingPackageType.Unlimited, update.BillingPackage.PackageType);
        Assert.Equal("a", update.BillingPackage.AddressId);
        Assert.Equal(existing.ChannelLimit, update.ChannelLimit);
        Assert.Equal(Dtmf.Rfc2833, update.Dtmf);
        Assert.Equal(Fax.None, update.Fax);
        Assert.False(update.InternationalCallsAllowed);
        Assert.Equal([Codec.Pcma], update.Codecs);
        Assert.Empty(update.DestinationHosts!);
        Assert.NotSame(existing.BillingPackage, update.BillingPackage);
    }

    [Fact]
    [Trait("Rule", "F5")]
    public void ApplyUpdateDefaults_ShouldKeepTheProviderSettings()
    {
        var existing = TestRequests.For(TrunkKind.Of(ProviderType.Freshworks));
        var update = new TrunkRequest { Type = TrunkType.Provider, Name = "Renamed", ChannelLimit = 20 };

        TrunkDefaults.ApplyUpdateDefaults(update, TrunkSettings.From(existing));

        Assert.Equal(ProviderType.Freshworks, update.Provider);
        Assert.Equal(existing.AccountSid, update.AccountSid);
        Assert.Equal(existing.SipDomain, update.SipDomain);
        Assert.Equal(20, update.ChannelLimit);
    }
}
