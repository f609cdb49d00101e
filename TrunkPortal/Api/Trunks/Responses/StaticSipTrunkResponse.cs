using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

public sealed record StaticSipTrunkResponse : SipTrunkResponse
{
    public IReadOnlyList<string>? SourceHosts { get; init; }

    public IReadOnlyList<string>? DestinationHosts { get; init; }

    public RoutingStrategy? Strategy { get; init; }
}
