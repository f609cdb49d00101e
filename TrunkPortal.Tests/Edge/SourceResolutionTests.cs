using System.Net;
using TrunkPortal.Domain.Hosts;
using TrunkPortal.Edge;
using TrunkPortal.Edge.Kamailio;

namespace TrunkPortal.Tests.Edge;

/// <summary>S1 on the edge: what a static trunk's source hosts stand for in its allowlist.</summary>
public sealed class SourceResolutionTests
{
    private static readonly DateTimeOffset _before = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    [Trait("Rule", "S1")]
    public async Task AnIpAddress_ShouldStandForItself()
    {
        var resolved = await ResolveAsync([new SipHost(SipHostKind.IPv4, "203.0.113.5")], []);

        Assert.Equal(["203.0.113.5"], Assert.Single(resolved).Addresses);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public async Task ADomainName_ShouldStandForEveryAddressItResolvesTo_InTheirPlainForm()
    {
        // No DNS server answers on this machine: the lookup is given what a resolver would answer.
        var answers = new[] { IPAddress.Parse("198.51.100.7"), IPAddress.Parse("::ffff:198.51.100.8"), IPAddress.Parse("2001:db8::7"), IPAddress.Parse("198.51.100.7") };

        var resolved = await StaticTrunkRows.ResolveAsync([new SipHost(SipHostKind.Domain, "pbx.example.com")], [], TimeProvider.System,
            TimeSpan.FromSeconds(5), CancellationToken.None, (name, _) => Task.FromResult(name == "pbx.example.com" ? answers : []));

        var source = Assert.Single(resolved);
        Assert.Equal("pbx.example.com", source.Host);
        Assert.Equal(["198.51.100.7", "198.51.100.8", "2001:db8::7"], source.Addresses);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public async Task ADomainNameThatNoLongerResolves_ShouldKeepWhatItResolvedToBefore()
    {
        // RFC 6761: .invalid never resolves.
        var previous = new ResolvedSource("pbx.example.invalid", ["198.51.100.7"], _before);

        var resolved = await ResolveAsync([new SipHost(SipHostKind.Domain, "pbx.example.invalid")], [previous]);

        Assert.Equal(previous, Assert.Single(resolved));
    }

    [Fact]
    [Trait("Rule", "S1")]
    public async Task ADomainNameThatNeverResolved_ShouldStandForNothing()
    {
        Assert.Empty(await ResolveAsync([new SipHost(SipHostKind.Domain, "pbx.example.invalid")], []));
    }

    private static Task<List<ResolvedSource>> ResolveAsync(IReadOnlyList<SipHost> hosts, IReadOnlyList<ResolvedSource> previous) =>
        StaticTrunkRows.ResolveAsync(hosts, previous, TimeProvider.System, TimeSpan.FromSeconds(5), CancellationToken.None);
}
