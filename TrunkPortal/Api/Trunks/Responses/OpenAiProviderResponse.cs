namespace TrunkPortal.Api.Trunks.Responses;

public sealed record OpenAiProviderResponse : ProviderResponse
{
    public string? ProjectId { get; init; }
}
