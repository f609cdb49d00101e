using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

/// <summary>Valid requests of every kind; each test changes the one thing it is about.</summary>
public static class TestRequests
{
    public static TrunkRequest For(TrunkKind kind)
    {
        var request = new TrunkRequest
        {
            Type = kind.Type,
            Provider = kind.Provider,
            Name = "Branch office",
            Location = "FRANKFURT",
            ChannelLimit = 10,
            BillingPackage = new BillingPackage { PackageType = BillingPackageType.Metered },
        };
        if (FieldMatrix.Applies(kind, TrunkField.Codecs))
        {
            request.Codecs = [Codec.Pcmu, Codec.Pcma];
        }

        switch (kind.Type)
        {
            case TrunkType.Static:
                request.SourceHosts = ["192.0.2.10"];
                request.DestinationHosts = ["192.0.2.10:5060"];
                break;
            case TrunkType.Authenticated:
                request.RemoteFqdn = "sip.remote.com:5061";
                break;
            default:
                break;
        }

        switch (kind.Provider)
        {
            case ProviderType.Freshworks:
                request.AccountSid = "AC0123456789abcdef0123456789abcdef";
                request.SipDomain = "acme.sip.twilio.com";
                break;
            case ProviderType.GenesysCloud:
                request.GenesysRegion = GenesysRegion.EuCentral1;
                break;
            case ProviderType.CiscoWebex:
                request.CiscoUuid = "b48b3fdd-1234-4abc-9def-0123456789ab";
                request.Location = "NEW_YORK";
                request.BillingPackage.AddressId = TestCatalog.ServiceAddressId;
                break;
            case ProviderType.OpenAiRealtime:
                request.ProjectId = "proj_123456";
                break;
            default:
                break;
        }

        return request;
    }

    public static TrunkRequest Static() => For(TrunkKind.Static);

    public static TheoryData<TrunkKind> AllKinds()
    {
        var data = new TheoryData<TrunkKind>();
        foreach (var kind in FieldMatrix.AllKinds)
        {
            data.Add(kind);
        }

        return data;
    }
}
