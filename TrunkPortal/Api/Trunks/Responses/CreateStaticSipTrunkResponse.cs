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

    /// <summary>A created static trunk's own fields, read from its settings; the base fields are the mapper's.</summary>
    public static CreateStaticSipTrunkResponse Of(TrunkSettings s, string id, SbcHostsDto sbc) => new()
    {
        Id = id, Name = s.Name, SbcHosts = sbc,
        Tls = s.Tls, Codecs = s.Codecs, Dtmf = s.Dtmf, Fax = s.Fax, NumberFormat = s.NumberFormat, Anonymization = s.Anonymization,
        SourceHosts = s.SourceHosts ?? [], DestinationHosts = s.DestinationHosts ?? [], Strategy = s.Strategy,
        SipOptions = new SipOptionsDto { Enabled = s.SipOptionsEnabled ?? false },
    };
}
