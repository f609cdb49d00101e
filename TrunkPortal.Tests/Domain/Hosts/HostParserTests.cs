using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Tests.Domain.Hosts;

public partial class HostParserTests
{
    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("10.0.0.1", SipHostKind.IPv4, "10.0.0.1")]
    [InlineData("  192.0.2.10  ", SipHostKind.IPv4, "192.0.2.10")]
    [InlineData("0.1.2.3", SipHostKind.IPv4, "0.1.2.3")]
    [InlineData("2001:DB8:0:0:0:0:0:1", SipHostKind.IPv6, "2001:db8::1")]
    [InlineData("[2001:db8::1]", SipHostKind.IPv6, "2001:db8::1")]
    [InlineData("PBX.Example.COM", SipHostKind.Domain, "pbx.example.com")]
    [InlineData("pbx.example.com.", SipHostKind.Domain, "pbx.example.com")]
    [InlineData("xn--bcher-kva.example", SipHostKind.Domain, "xn--bcher-kva.example")]
    [InlineData("bücher.example", SipHostKind.Domain, "xn--bcher-kva.example")]
    [InlineData("123.example.com", SipHostKind.Domain, "123.example.com")]
    public void ParseSourceHost_ShouldNormalise_WhenHostIsValid(string input, SipHostKind kind, string canonical)
    {
        var result = HostParser.ParseSourceHost(input);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(kind, result.Host.Kind);
        Assert.Null(result.Host.Port);
        Assert.Equal(canonical, result.Host.ToString());
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("10.0.0.1:5060", SipHostKind.IPv4, 5060, "10.0.0.1:5060")]
    [InlineData("[2001:DB8::0001]:5060", SipHostKind.IPv6, 5060, "[2001:db8::1]:5060")]
    [InlineData("SIP.example.com:5061", SipHostKind.Domain, 5061, "sip.example.com:5061")]
    [InlineData("sip.example.com", SipHostKind.Domain, null, "sip.example.com")]
    [InlineData("sip.example.com:0", SipHostKind.Domain, null, "sip.example.com")]
    [InlineData("10.0.0.1:1025", SipHostKind.IPv4, 1025, "10.0.0.1:1025")]
    [InlineData("10.0.0.1:65535", SipHostKind.IPv4, 65535, "10.0.0.1:65535")]
    public void ParseDestinationHost_ShouldNormalise_WhenHostIsValid(string input, SipHostKind kind, int? port, string canonical)
    {
        var result = HostParser.ParseDestinationHost(input);

        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(kind, result.Host.Kind);
        Assert.Equal(port, result.Host.Port);
        Assert.Equal(canonical, result.Host.ToString());
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("256.1.1.1", "above 255")]
    [InlineData("1.2.3", "four numbers")]
    [InlineData("1.2.3.4.5", "four numbers")]
    [InlineData("010.0.0.1", "leading zero")]
    [InlineData("10.0.0.0/24", "CIDR")]
    [InlineData("sip:pbx.example.com", "URL")]
    [InlineData("sips:pbx.example.com", "URL")]
    [InlineData("http://pbx.example.com", "URL")]
    [InlineData("a..b.com", "empty label")]
    [InlineData(".example.com", "empty label")]
    [InlineData("example.com..", "empty label")]
    [InlineData("pbx_1.example.com", "'_'")]
    [InlineData("-pbx.example.com", "hyphen")]
    [InlineData("pbx-.example.com", "hyphen")]
    [InlineData("pbx.example.123", "all-numeric")]
    [InlineData("localhost", "at least one dot")]
    [InlineData("10.0.0.1:5060", "without the port")]
    [InlineData("pbx.example.com:5060", "without the port")]
    [InlineData("[2001:db8::1]:5060", "without the port")]
    [InlineData("2001:db8::g", "IPv6")]
    [InlineData("fe80::1%eth0", "IPv6")]
    [InlineData("0.0.0.0", "not a host address")]
    [InlineData("user@pbx.example.com", "user part")]
    [InlineData("pbx example.com", "space")]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    public void ParseSourceHost_ShouldRefuseWithReasonAndAcceptedForms_WhenHostIsInvalid(string input, string reason)
    {
        var result = HostParser.ParseSourceHost(input);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Contains("A source host is", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData(63, true)]
    [InlineData(64, false)]
    public void ParseSourceHost_ShouldLimitLabelsTo63Characters(int labelLength, bool accepted)
    {
        var result = HostParser.ParseSourceHost(new string('a', labelLength) + ".example.com");

        Assert.Equal(accepted, result.IsSuccess);
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData(253, true)]
    [InlineData(254, false)]
    public void ParseSourceHost_ShouldLimitNamesTo253Characters(int length, bool accepted)
    {
        // Labels of 49 characters and dots, ending in ".com", cut to the exact length wanted.
        var name = string.Join('.', Enumerable.Repeat(new string('a', 49), 6));
        name = name[..(length - 4)].TrimEnd('.') + ".com";
        if (name.Length < length)
        {
            name = "b" + name;
        }

        Assert.Equal(length, name.Length);
        Assert.Equal(accepted, HostParser.ParseSourceHost(name).IsSuccess);
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("10.0.0.1:1024", false)]
    [InlineData("10.0.0.1:1025", true)]
    [InlineData("10.0.0.1:65535", true)]
    [InlineData("10.0.0.1:65536", false)]
    [InlineData("10.0.0.1:0", false)]
    [InlineData("sip.example.com:1024", false)]
    [InlineData("sip.example.com:1025", true)]
    [InlineData("sip.example.com:65535", true)]
    [InlineData("sip.example.com:65536", false)]
    [InlineData("sip.example.com:0", true)]
    [InlineData("[2001:db8::1]:0", false)]
    public void ParseDestinationHost_ShouldAcceptPorts1025To65535AndZeroOnlyForDomains(string input, bool accepted)
    {
        var result = HostParser.ParseDestinationHost(input);

        Assert.Equal(accepted, result.IsSuccess);
        if (!accepted)
        {
            Assert.Contains("port", result.Error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("10.0.0.1", "10.0.0.1:5060")]
    [InlineData("2001:db8::1", "[2001:db8::1]:5060")]
    [InlineData("[2001:db8::1]", "[2001:db8::1]:5060")]
    public void ParseDestinationHost_ShouldAskForThePort_WhenIpHasNone(string input, string example)
    {
        var result = HostParser.ParseDestinationHost(input);

        Assert.False(result.IsSuccess);
        Assert.Contains(example, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("10.0.0.1:", "no port number")]
    [InlineData("10.0.0.1:50a0", "not a whole number")]
    [InlineData("10.0.0.0/24", "CIDR")]
    [InlineData("sip:10.0.0.1:5060", "URL")]
    [InlineData("[2001:db8::1:5060", "']'")]
    [InlineData("[2001:db8::1]5060", "after ']'")]
    public void ParseDestinationHost_ShouldRefuseWithReasonAndAcceptedForms_WhenHostIsInvalid(string input, string reason)
    {
        var result = HostParser.ParseDestinationHost(input);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Contains("A destination host is", result.Error, StringComparison.Ordinal);
    }
}
