using System.Text.Json.Serialization;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>The two readOnly fields are emitted when the platform has assigned them.</summary>
public sealed record GenesysCloudProviderResponse : ProviderResponse
{
    public GenesysRegion? Region { get; init; }

    [JsonPropertyName("outboundTerminationFQDN")]
    public string? OutboundTerminationFqdn { get; init; }

    public string? InboundTerminationIdentifier { get; init; }
}
