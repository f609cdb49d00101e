using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>Valid requests of each Infobip trunk type, as the wizard or the API would send them.</summary>
internal static class TestTrunks
{
    public static TrunkRequest Static(string name) => new()
    {
        Type = TrunkType.Static,
        Name = name,
        Location = "FRANKFURT",
        ChannelLimit = 10,
        BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
        Codecs = [Codec.Pcmu, Codec.Pcma],
        SourceHosts = ["10.0.0.1"],
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
