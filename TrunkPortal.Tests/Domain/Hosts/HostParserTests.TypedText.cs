using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Tests.Domain.Hosts;

/// <summary>Hosts are visible text only, and an IPv4-mapped IPv6 address is its IPv4 host (S1, S5).</summary>
public partial class HostParserTests
{
    [Theory]
    [Trait("Rule", "S1")]
    [InlineData("203.0.113.12\u0000", "U+0000")]
    [InlineData("pbx\u001b.example.com", "U+001B")]
    [InlineData("pbx.exa\u0085mple.com", "U+0085")]
    [InlineData("pbx.exa\u202Emple.com", "U+202E")]
    [InlineData("\u2066sip.example.com:5060", "U+2066")]
    public void Parse_ShouldRefuseControlAndDirectionCharacters_NamingThem(string input, string named)
    {
        foreach (var parse in new Func<string?, HostParseResult>[]
                 { HostParser.ParseSourceHost, HostParser.ParseDestinationHost, HostParser.ParseFqdnWithOptionalPort, HostParser.ParseFqdn })
        {
            var result = parse(input);
            Assert.False(result.IsSuccess, input);
            Assert.Contains(named, result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain(input.Trim(), result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void List_ShouldRefuseAHostGivenTwice_WhenOneCopyHidesANul()
    {
        var result = HostList.Parse(["203.0.113.12\u0000", "203.0.113.12"], HostParser.ParseSourceHost);
        Assert.Single(result.Errors);
        Assert.Equal(0, result.Errors[0].Index);
    }

    [Theory]
    [Trait("Rule", "S5")]
    [InlineData("::ffff:1.2.3.4", "1.2.3.4")]
    [InlineData("[::FFFF:1.2.3.4]", "1.2.3.4")]
    [InlineData("::ffff:102:304", "1.2.3.4")]
    public void ParseSourceHost_ShouldStoreAnIpv4MappedAddressAsItsIpv4Host(string input, string canonical)
    {
        var result = HostParser.ParseSourceHost(input);
        Assert.True(result.IsSuccess, result.Error);
        Assert.Equal(SipHostKind.IPv4, result.Host.Kind);
        Assert.Equal(canonical, result.Host.ToString());
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void List_ShouldTreatTheMappedAndThePlainIpv4AddressAsOneHost()
    {
        var sources = HostList.Parse(["1.2.3.4", "::ffff:1.2.3.4"], HostParser.ParseSourceHost);
        Assert.Contains("same host as entry 1", Assert.Single(sources.Errors).Message, StringComparison.Ordinal);
        var destinations = HostList.Parse(["1.2.3.4:5060", "[::ffff:1.2.3.4]:5060"], HostParser.ParseDestinationHost);
        Assert.Single(destinations.Errors);
    }
}
