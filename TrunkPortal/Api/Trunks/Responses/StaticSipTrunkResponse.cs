using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

public sealed record StaticSipTrunkResponse : SipTrunkResponse
{
    public IReadOnlyList<string>? SourceHosts { get; init; }

    public IReadOnlyList<string>? DestinationHosts { get; init; }

    public RoutingStrategy? Strategy { get; init; }

    /// <summary>A static trunk's own fields, read from its settings; the base fields are the mapper's.</summary>
    public static StaticSipTrunkResponse Of(TrunkSettings s, string id, SbcHostsDto sbc) => new()
    {
        Id = id, Name = s.Name, SbcHosts = sbc,
        SourceHosts = s.SourceHosts ?? [], DestinationHosts = s.DestinationHosts ?? [], Strategy = s.Strategy,
        SipOptions = new SipOptionsDto { Enabled = s.SipOptionsEnabled ?? false },
    };
}
