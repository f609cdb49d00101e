using System.Text.Json.Serialization;

namespace TrunkPortal.Domain.Trunks;

/// <summary>The provider <c>type</c> of a PROVIDER trunk. GenesysCloud is shown to people as "Genesys PureCloud".</summary>
public enum ProviderType
{
    Freshworks,
    GenesysCloud,
    CiscoWebex,
    [JsonStringEnumMemberName("OPENAI_REALTIME")]
    OpenAiRealtime,
}
