using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Api.Trunks.Responses;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Api.Trunks;

/// <summary>Maps the service's views onto the reference's response models, each subtype with only its own fields.</summary>
public static class TrunkResponseMapper
{
    public static SipTrunkResponse ToResponse(TrunkView view)
    {
        var s = view.Settings;
        SipTrunkResponse response = s.Type switch
        {
            TrunkType.Static => StaticSipTrunkResponse.Of(s, Id(view), Sbc(view)),
            TrunkType.Registered => new RegisteredSipTrunkResponse
            {
                Id = Id(view), Name = s.Name, SbcHosts = Sbc(view), Username = view.Username, InviteAuthentication = s.InviteAuthentication,
            },
            TrunkType.Provider => new ProviderSipTrunkResponse { Id = Id(view), Name = s.Name, SbcHosts = Sbc(view), Provider = ProviderResponse.Of(s) },
            TrunkType.Authenticated => new AuthenticatedSipTrunkResponse
            {
                Id = Id(view), Name = s.Name, SbcHosts = Sbc(view),
                Authentication = new(new(s.DigestAuthenticationEnabled), new(s.RemoteFqdn)),
            },
        };
        return response with
        {
            Location = s.Location,
            Tls = Tls(s),
            Codecs = s.Codecs,
            Dtmf = s.Dtmf,
            Fax = s.Fax,
            NumberFormat = s.NumberFormat,
            InternationalCallsAllowed = s.InternationalCallsAllowed,
            ChannelLimit = s.ChannelLimit,
            Anonymization = s.Anonymization,
            BillingPackage = Billing(s),
        };
    }

    public static CreateSipTrunkResponse ToCreateResponse(CreatedTrunk created)
    {
        var view = created.Trunk;
        var s = view.Settings;
        var secrets = created.Secrets;
        CreateSipTrunkResponse response = s.Type switch
        {
            TrunkType.Static => CreateStaticSipTrunkResponse.Of(s, Id(view), Sbc(view)),
            TrunkType.Registered => new CreateRegisteredSipTrunkResponse
            {
                Id = Id(view), Name = s.Name, SbcHosts = Sbc(view),
                Tls = Tls(s), Codecs = s.Codecs, Dtmf = s.Dtmf, Fax = s.Fax, NumberFormat = s.NumberFormat, Anonymization = s.Anonymization,
                Username = secrets?.Username ?? view.Username, Password = secrets?.Password, InviteAuthentication = s.InviteAuthentication,
            },
            TrunkType.Provider => new CreateProviderSipTrunkResponse { Id = Id(view), Name = s.Name, SbcHosts = Sbc(view), Provider = ProviderResponse.Of(s) },
            TrunkType.Authenticated => new CreateAuthenticatedSipTrunkResponse
            {
                Id = Id(view), Name = s.Name, SbcHosts = Sbc(view),
                Tls = Tls(s), Codecs = s.Codecs, Dtmf = s.Dtmf, Fax = s.Fax, NumberFormat = s.NumberFormat, Anonymization = s.Anonymization,
                Authentication = Credentials(secrets, view),
            },
        };
        return response with
        {
            Location = s.Location,
            InternationalCallsAllowed = s.InternationalCallsAllowed,
            ChannelLimit = s.ChannelLimit,
            BillingPackage = Billing(s),
        };
    }

    public static SipTrunkResetPasswordResponse? ToResetResponse(IssuedSecrets secrets) => secrets.Type switch
    {
        TrunkType.Registered => new RegisteredSipTrunkResetPasswordResponse(secrets.Username, secrets.Password),
        TrunkType.Authenticated => new AuthenticatedSipTrunkResetPasswordResponse(Credentials(secrets, null)),
        TrunkType.Static or TrunkType.Provider => null,
    };

    public static ExtendedSipTrunkStatusResponse ToStatusResponse(TrunkStatusView status) =>
        new(status.Admin, new ActionStatusDto(status.Action, status.Reason), status.Registration, status.ActiveCalls);

    public static SipTrunkPage ToPage(TrunkPage page) =>
        new([.. page.Results.Select(ToResponse)], new PageInfo(page.Page, page.Size, page.TotalPages, page.TotalResults));

    public static SipTrunkDnsResponse ToDnsResponse(TrunkView view) => new(Id(view), view.Sbc.Fqdn, view.Sbc.SrvRecords, view.Sbc.ARecord);

    private static string Id(TrunkView view) => view.Id.ToString();

    private static SbcHostsDto Sbc(TrunkView view) => new(view.Sbc.Primary, view.Sbc.Backup, view.Sbc.Subnets);

    // The reference: "Always enabled for authenticated SIP trunks."
    private static bool? Tls(TrunkSettings s) => s.Type == TrunkType.Authenticated ? true : s.Tls;

    private static BillingPackageDto Billing(TrunkSettings s) => new()
    {
        PackageType = s.BillingPackage.PackageType,
        CountryCode = s.BillingPackage.CountryCode,
        AddressId = s.BillingPackage.AddressId,
    };

    private static SipTrunkAuthenticationWithCredentialsDto Credentials(IssuedSecrets? secrets, TrunkView? view) => new(
        new InboundCredentialsDto(
            secrets?.HeaderValue,
            secrets?.DigestAuthenticationEnabled ?? view?.Settings.DigestAuthenticationEnabled,
            secrets?.InboundDigestUsername ?? view?.InboundDigestUsername,
            secrets?.InboundDigestPassword),
        new OutboundCredentialsDto(
            secrets?.RemoteFqdn ?? view?.Settings.RemoteFqdn,
            secrets?.OutboundDigestUsername ?? view?.OutboundDigestUsername,
            secrets?.OutboundDigestPassword));
}
