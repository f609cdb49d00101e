using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Trunks;

/// <summary>One stored trunk of every kind, with values other than each enum's first member where the kind has it.</summary>
internal static class StoredTrunks
{
    public static TrunkEntity For(TrunkKind kind)
    {
        var request = TestRequests.For(kind);
        if (kind.Type != TrunkType.Provider)
        {
            request.Codecs = [Codec.G729, Codec.Pcma];
            request.Dtmf = Dtmf.Inband;
            request.Fax = Fax.T38;
            request.NumberFormat = NumberFormat.International;
            request.Anonymization = Anonymization.PreferredIdentity;
            request.InternationalCallsAllowed = true;
        }
        switch (kind.Type)
        {
            case TrunkType.Static:
                request.SipOptionsEnabled = true;
                request.DestinationHosts = ["192.0.2.10:5060", "sip.example.com"];
                request.Strategy = RoutingStrategy.RoundRobin;
                request.Tls = true;
                break;
            case TrunkType.Registered:
                request.InviteAuthentication = true;
                break;
            case TrunkType.Authenticated:
                request.DigestAuthenticationEnabled = true;
                request.HeaderValue = "access-code";
                break;
            default:
                break;
        }
        if (kind.Provider == ProviderType.GenesysCloud)
        {
            request.GenesysRegion = GenesysRegion.ApNortheast2;
        }
        request.BillingPackage.PackageType = kind.Type == TrunkType.Registered ? BillingPackageType.Unlimited : BillingPackageType.Metered;
        request.BillingPackage.CountryCode = kind.Type == TrunkType.Registered ? "USA" : null;
        TrunkDefaults.ApplyCreateDefaults(request);

        var entity = new TrunkEntity { Id = Guid.NewGuid(), AccountId = Guid.NewGuid() };
        entity.ApplySettings(request);
        return entity;
    }
}
