using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>Valid requests of each Infobip trunk type, as the wizard or the API would send them.</summary>
internal static class TestTrunks
{
    private static int _sources;

    /// <summary>A source host no other test trunk has (S6: a source host belongs to one static trunk per data center).</summary>
    public static string NextSourceHost()
    {
        var n = Interlocked.Increment(ref _sources);
        return $"198.18.{n / 250 % 250}.{n % 250 + 1}";
    }

    public static TrunkRequest Static(string name) => new()
    {
        Type = TrunkType.Static,
        Name = name,
        Location = "FRANKFURT",
        ChannelLimit = 10,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
        Codecs = [Codec.Pcmu, Codec.Pcma],
        SourceHosts = [NextSourceHost()],
        DestinationHosts = ["10.0.0.1:5060"],
    };

    public static TrunkRequest Registered(string name) => new()
    {
        Type = TrunkType.Registered,
        Name = name,
        Location = "FRANKFURT",
        ChannelLimit = 5,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
        Codecs = [Codec.G729],
    };

    public static TrunkRequest Authenticated(string name, string? headerValue = null) => new()
    {
        Type = TrunkType.Authenticated,
        Name = name,
        Location = "FRANKFURT",
        ChannelLimit = 5,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
        Codecs = [Codec.Pcmu],
        RemoteFqdn = "sip.rtc.elevenlabs.io:5061",
        DigestAuthenticationEnabled = true,
        HeaderValue = headerValue,
    };
}
