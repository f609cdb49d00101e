using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Requests;

/// <summary>
/// The body of create (SipTrunkRequest) and update (SipTrunkUpdateRequest), every subtype's fields in one flat
/// shape keyed by <see cref="Type"/>. A field the kind lacks is not dropped: it reaches the domain, whose rule F1
/// refuses it with a clear message.
/// </summary>
public sealed class SipTrunkRequestDto
{
    public TrunkType? Type { get; init; }

    public string? Name { get; init; }

    public string? Location { get; init; }

    public bool? InternationalCallsAllowed { get; init; }

    public int? ChannelLimit { get; init; }

    public BillingPackageDto? BillingPackage { get; init; }

    public bool? Tls { get; init; }

    public List<Codec>? Codecs { get; init; }

    public Dtmf? Dtmf { get; init; }

    public Fax? Fax { get; init; }

    public NumberFormat? NumberFormat { get; init; }

    public Anonymization? Anonymization { get; init; }

    public List<string>? SourceHosts { get; init; }

    public List<string>? DestinationHosts { get; init; }

    public RoutingStrategy? Strategy { get; init; }

    public SipOptionsDto? SipOptions { get; init; }

    public bool? InviteAuthentication { get; init; }

    public ProviderRequestDto? Provider { get; init; }

    public AuthenticationRequestDto? Authentication { get; init; }
}
