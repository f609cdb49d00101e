namespace TrunkPortal.Api.Trunks.Responses;

public sealed record ProviderSipTrunkResponse : SipTrunkResponse
{
    public ProviderResponse? Provider { get; init; }
}
