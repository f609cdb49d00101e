using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Tests.Domain.Hosts;

public class HostListTests
{
    [Theory]
    [Trait("Rule", "S5")]
    [InlineData("10.0.0.1", " 10.0.0.1 ")]
    [InlineData("2001:db8::1", "2001:DB8:0:0::1")]
    [InlineData("pbx.example.com", "PBX.Example.com.")]
    public void Parse_ShouldRefuseTheSecondEntry_WhenTwoSourceHostsNormaliseToTheSameHost(string first, string second)
    {
        var result = HostList.Parse([first, second], HostParser.ParseSourceHost);

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Index);
        Assert.Contains("same host as entry 1", error.Message, StringComparison.Ordinal);
        Assert.Single(result.Hosts);
    }

    [Theory]
    [Trait("Rule", "S5")]
    [InlineData("[2001:db8::1]:5060", "[2001:DB8::0:1]:5060")]
    [InlineData("sip.example.com", "sip.example.com:0")]
    [InlineData("sip.example.com:5060", "SIP.EXAMPLE.COM:5060")]
    public void Parse_ShouldRefuseTheSecondEntry_WhenTwoDestinationsNormaliseToTheSameHost(string first, string second)
    {
        var result = HostList.Parse([first, second], HostParser.ParseDestinationHost);

        Assert.Equal(1, Assert.Single(result.Errors).Index);
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void Parse_ShouldKeepOrderAndCanonicalForms_WhenHostsAreDistinct()
    {
        var result = HostList.Parse(
            ["SIP.example.com:5060", "10.0.0.1:5060", "10.0.0.1:5061", "[2001:DB8::1]:5060"],
            HostParser.ParseDestinationHost);

        Assert.True(result.IsSuccess);
        Assert.Equal(["sip.example.com:5060", "10.0.0.1:5060", "10.0.0.1:5061", "[2001:db8::1]:5060"], result.Normalised);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Parse_ShouldReportEachInvalidEntryWithItsPosition()
    {
        var result = HostList.Parse(["10.0.0.1", "010.0.0.2", "256.0.0.1"], HostParser.ParseSourceHost);

        Assert.Equal([1, 2], result.Errors.Select(e => e.Index));
        Assert.Equal("010.0.0.2", result.Errors[0].Input);
    }
}
