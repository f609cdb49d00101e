using System.Text.Json.Serialization;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Requests;

/// <summary>
/// The provider object of a PROVIDER trunk, all four subtypes flat, keyed by <see cref="Type"/>. Genesys's
/// readOnly fields are accepted and ignored, so a read trunk can be sent back as it came.
/// </summary>
public sealed class ProviderRequestDto
{
    public ProviderType? Type { get; init; }

    public string? AccountSid { get; init; }

    public string? SipDomain { get; init; }

    public GenesysRegion? Region { get; init; }

    [JsonPropertyName("outboundTerminationFQDN")]
    public string? OutboundTerminationFqdn { get; init; }

    public string? InboundTerminationIdentifier { get; init; }

    [JsonPropertyName("ciscoUUID")]
    public string? CiscoUuid { get; init; }

    public string? ProjectId { get; init; }
}
