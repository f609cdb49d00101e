using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public partial class FieldMatrixTests
{
    private static void SetAnyValue(TrunkRequest r, TrunkField field)
    {
        switch (field)
        {
            case TrunkField.Codecs: r.Codecs = [Codec.G729]; break;
            case TrunkField.Dtmf: r.Dtmf = Dtmf.Inband; break;
            case TrunkField.Fax: r.Fax = Fax.T38; break;
            case TrunkField.NumberFormat: r.NumberFormat = NumberFormat.E164; break;
            case TrunkField.Anonymization: r.Anonymization = Anonymization.None; break;
            case TrunkField.Tls: r.Tls = true; break;
            case TrunkField.SipOptions: r.SipOptionsEnabled = false; break;
            case TrunkField.InviteAuthentication: r.InviteAuthentication = true; break;
            case TrunkField.DigestAuthentication: r.DigestAuthenticationEnabled = true; break;
            case TrunkField.HeaderValue: r.HeaderValue = "abcdefgh12"; break;
            case TrunkField.RemoteFqdn: r.RemoteFqdn = "sip.remote.com"; break;
            case TrunkField.SourceHosts: r.SourceHosts = []; break;
            case TrunkField.DestinationHosts: r.DestinationHosts = []; break;
            case TrunkField.Strategy: r.Strategy = RoutingStrategy.Failover; break;
            case TrunkField.AccountSid: r.AccountSid = "223344"; break;
            case TrunkField.SipDomain: r.SipDomain = "a.example.com"; break;
            case TrunkField.GenesysRegion: r.GenesysRegion = GenesysRegion.EuWest1; break;
            case TrunkField.CiscoUuid: r.CiscoUuid = "x"; break;
            case TrunkField.ProjectId: r.ProjectId = "proj_1"; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "every field applies to every kind");
        }
    }
}
