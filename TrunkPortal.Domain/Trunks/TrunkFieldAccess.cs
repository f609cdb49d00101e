namespace TrunkPortal.Domain.Trunks;

/// <summary>Maps each <see cref="TrunkField"/> to its member of <see cref="TrunkRequest"/> and its API spelling.</summary>
internal static class TrunkFieldAccess
{
    public static bool IsGiven(TrunkRequest r, TrunkField field) => field switch
    {
        TrunkField.Name => r.Name.Length > 0,
        TrunkField.Location => r.Location is not null,
        TrunkField.ServiceAddress => r.BillingPackage.AddressId is not null,
        TrunkField.InternationalCalls => r.InternationalCallsAllowed is not null,
        TrunkField.Codecs => r.Codecs is not null,
        TrunkField.Dtmf => r.Dtmf is not null,
        TrunkField.Fax => r.Fax is not null,
        TrunkField.NumberFormat => r.NumberFormat is not null,
        TrunkField.Anonymization => r.Anonymization is not null,
        TrunkField.Tls => r.Tls is not null,
        TrunkField.SipOptions => r.SipOptionsEnabled is not null,
        TrunkField.InviteAuthentication => r.InviteAuthentication is not null,
        TrunkField.DigestAuthentication => r.DigestAuthenticationEnabled is not null,
        TrunkField.HeaderValue => r.HeaderValue is not null,
        TrunkField.RemoteFqdn => r.RemoteFqdn is not null,
        TrunkField.SourceHosts => r.SourceHosts is not null,
        TrunkField.DestinationHosts => r.DestinationHosts is not null,
        TrunkField.Strategy => r.Strategy is not null,
        TrunkField.AccountSid => r.AccountSid is not null,
        TrunkField.SipDomain => r.SipDomain is not null,
        TrunkField.GenesysRegion => r.GenesysRegion is not null,
        TrunkField.CiscoUuid => r.CiscoUuid is not null,
        TrunkField.ProjectId => r.ProjectId is not null,
        _ => false,
    };

    /// <summary>Forgets a field's value; fields every kind has are left alone.</summary>
    public static void Clear(TrunkRequest r, TrunkField field)
    {
        switch (field)
        {
            case TrunkField.Codecs: r.Codecs = null; break;
            case TrunkField.Dtmf: r.Dtmf = null; break;
            case TrunkField.Fax: r.Fax = null; break;
            case TrunkField.NumberFormat: r.NumberFormat = null; break;
            case TrunkField.Anonymization: r.Anonymization = null; break;
            case TrunkField.Tls: r.Tls = null; break;
            case TrunkField.SipOptions: r.SipOptionsEnabled = null; break;
            case TrunkField.InviteAuthentication: r.InviteAuthentication = null; break;
            case TrunkField.DigestAuthentication: r.DigestAuthenticationEnabled = null; break;
            case TrunkField.HeaderValue: r.HeaderValue = null; break;
            case TrunkField.RemoteFqdn: r.RemoteFqdn = null; break;
            case TrunkField.SourceHosts: r.SourceHosts = null; break;
            case TrunkField.DestinationHosts: r.DestinationHosts = null; break;
            case TrunkField.Strategy: r.Strategy = null; break;
            case TrunkField.AccountSid: r.AccountSid = null; break;
            case TrunkField.SipDomain: r.SipDomain = null; break;
            case TrunkField.GenesysRegion: r.GenesysRegion = null; break;
            case TrunkField.CiscoUuid: r.CiscoUuid = null; break;
            case TrunkField.ProjectId: r.ProjectId = null; break;
            default: break;
        }
    }

    /// <summary>The member path of <see cref="TrunkRequest"/>, used as the validation property name.</summary>
    public static string PropertyName(TrunkField field) => field switch
    {
        TrunkField.ServiceAddress => "BillingPackage.AddressId",
        TrunkField.InternationalCalls => nameof(TrunkRequest.InternationalCallsAllowed),
        TrunkField.SipOptions => nameof(TrunkRequest.SipOptionsEnabled),
        TrunkField.DigestAuthentication => nameof(TrunkRequest.DigestAuthenticationEnabled),
        _ => field.ToString(),
    };

    public static string ApiName(TrunkField field) => field switch
    {
        TrunkField.Name => "name",
        TrunkField.Location => "location",
        TrunkField.ServiceAddress => "billingPackage.addressId",
        TrunkField.InternationalCalls => "internationalCallsAllowed",
        TrunkField.Codecs => "codecs",
        TrunkField.Dtmf => "dtmf",
        TrunkField.Fax => "fax",
        TrunkField.NumberFormat => "numberFormat",
        TrunkField.Anonymization => "anonymization",
        TrunkField.Tls => "tls",
        TrunkField.SipOptions => "sipOptions",
        TrunkField.InviteAuthentication => "inviteAuthentication",
        TrunkField.DigestAuthentication => "authentication.inbound.digestAuthenticationEnabled",
        TrunkField.HeaderValue => "authentication.inbound.headerValue",
        TrunkField.RemoteFqdn => "authentication.outbound.fqdn",
        TrunkField.SourceHosts => "sourceHosts",
        TrunkField.DestinationHosts => "destinationHosts",
        TrunkField.Strategy => "strategy",
        TrunkField.AccountSid => "provider.accountSid",
        TrunkField.SipDomain => "provider.sipDomain",
        TrunkField.GenesysRegion => "provider.region",
        TrunkField.CiscoUuid => "provider.ciscoUUID",
        TrunkField.ProjectId => "provider.projectId",
        _ => field.ToString(),
    };
}
