using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Tests.Domain.Hosts;

public partial class HostParserTests
{
    [Theory]
    [Trait("Rule", "A1")]
    [InlineData("sip.remote.com:5061", "sip.remote.com:5061")]
    [InlineData(" SIP.rtc.ElevenLabs.io:5061 ", "sip.rtc.elevenlabs.io:5061")]
    [InlineData("sip.retellai.com", "sip.retellai.com")]
    public void ParseFqdnWithOptionalPort_ShouldNormalise_WhenFqdnIsValid(string input, string canonical)
    {
        var result = HostParser.ParseFqdnWithOptionalPort(input);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(canonical, result.Host.ToString());
    }

    [Theory]
    [Trait("Rule", "A1")]
    [InlineData("192.0.2.10:5061", "domain name is needed")]
    [InlineData("sip.remote.com:0", "outside the allowed range")]
    [InlineData("sip.remote.com:1024", "outside the allowed range")]
    [InlineData("sips:sip.remote.com", "URL")]
    [InlineData("sip..remote.com", "empty label")]
    [InlineData("", "empty")]
    public void ParseFqdnWithOptionalPort_ShouldRefuse_WhenNotADomainWithValidPort(string input, string reason)
    {
        var result = HostParser.ParseFqdnWithOptionalPort(input);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Contains("sip.remote.com:5061", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "P1")]
    [InlineData("acme.sip.twilio.com", true)]
    [InlineData("acme.sip.twilio.com:5060", false)]
    [InlineData("10.0.0.1", false)]
    public void ParseFqdn_ShouldAcceptOnlyADomainWithoutPort(string input, bool accepted)
    {
        Assert.Equal(accepted, HostParser.ParseFqdn(input).IsSuccess);
    }
}
