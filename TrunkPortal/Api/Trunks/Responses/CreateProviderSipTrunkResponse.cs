namespace TrunkPortal.Api.Trunks.Responses;

public sealed record CreateProviderSipTrunkResponse : CreateSipTrunkResponse
{
    public ProviderResponse? Provider { get; init; }
}
