using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

public sealed record CreateStaticSipTrunkResponse : CreateSipTrunkResponse
{
    public bool? Tls { get; init; }

    public IReadOnlyList<Codec>? Codecs { get; init; }

    public Dtmf? Dtmf { get; init; }

    public Fax? Fax { get; init; }

    public NumberFormat? NumberFormat { get; init; }

    public Anonymization? Anonymization { get; init; }

    public IReadOnlyList<string>? SourceHosts { get; init; }

    public IReadOnlyList<string>? DestinationHosts { get; init; }

    public RoutingStrategy? Strategy { get; init; }

    public SipOptionsDto? SipOptions { get; init; }
}
