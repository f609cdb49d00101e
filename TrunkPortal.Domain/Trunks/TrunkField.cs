namespace TrunkPortal.Domain.Trunks;

/// <summary>The inputs of the seed's "Main trunk settings" and "IP configuration" steps (rule F1).</summary>
public enum TrunkField
{
    Name,
    Location,
    ServiceAddress,
    InternationalCalls,
    Codecs,
    Dtmf,
    Fax,
    NumberFormat,
    Anonymization,
    Tls,
    SipOptions,
    InviteAuthentication,
    DigestAuthentication,
    HeaderValue,
    RemoteFqdn,
    SourceHosts,
    DestinationHosts,
    Strategy,
    AccountSid,
    SipDomain,
    GenesysRegion,
    CiscoUuid,
    ProjectId,
}
