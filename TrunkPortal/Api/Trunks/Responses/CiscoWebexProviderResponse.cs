using System.Text.Json.Serialization;

namespace TrunkPortal.Api.Trunks.Responses;

public sealed record CiscoWebexProviderResponse : ProviderResponse
{
    [JsonPropertyName("ciscoUUID")]
    public string? CiscoUuid { get; init; }
}
