using TrunkPortal.Domain.Providers;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Providers;

public class ProviderGuidesTests
{
    [Theory]
    [Trait("Rule", "P1")]
    [InlineData("Bring Your Own Carrier (BYOC)")]
    [InlineData("one group limit")]
    [InlineData("oldest Freshworks trunk")]
    public void For_ShouldExplainFreshworksByoc_AndItsChannelAndReportRules(string phrase)
    {
        Assert.Contains(ProviderGuides.For(ProviderType.Freshworks).Notes, n => n.Contains(phrase, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void For_ShouldTieTheGenesysRegionToTheLoginUrl()
    {
        var guide = ProviderGuides.For(ProviderType.GenesysCloud);

        Assert.Equal("Genesys PureCloud", guide.DisplayName);
        Assert.Contains(guide.Notes, n => n.Contains("log in to Genesys Cloud", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "P3")]
    public void For_ShouldSayCiscoWebexIsUsOnly()
    {
        Assert.Contains(ProviderGuides.For(ProviderType.CiscoWebex).Notes, n => n.Contains("US only", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "P4")]
    public void For_ShouldSayOutboundCallsFromOpenAiAreNotSupported_AndHowToReachCallers()
    {
        var guide = ProviderGuides.For(ProviderType.OpenAiRealtime, "62eb6ff07b18cc6cdf5cf001");

        var outbound = Assert.Single(guide.Notes, n => n.Contains("not supported", StringComparison.Ordinal) && n.Contains("Outbound", StringComparison.Ordinal));
        Assert.Contains("create Dialog", outbound, StringComparison.Ordinal);
        Assert.Contains("sipTrunkId 62eb6ff07b18cc6cdf5cf001", outbound, StringComparison.Ordinal);
        Assert.Contains(guide.Steps, s => s.StartsWith("Create a new route in Call Routing", StringComparison.Ordinal));
        Assert.Contains(guide.Steps, s => s.StartsWith("WEBRTC", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "P4")]
    public void For_ShouldReferToThisTrunk_WhenTheIdIsNotKnownYet()
    {
        var guide = ProviderGuides.For(ProviderType.OpenAiRealtime);

        Assert.Contains(guide.Steps, s => s.Contains("(of this trunk)", StringComparison.Ordinal));
    }
}
