using System.Text.Json.Serialization;

namespace TrunkPortal.Domain.Trunks;

/// <summary>The provider <c>type</c> of a PROVIDER trunk. GenesysCloud is shown to people as "Genesys PureCloud".</summary>
public enum ProviderType
{
    Freshworks,
    GenesysCloud,
    CiscoWebex,
    // SnakeCaseUpper would spell it OPEN_AI_REALTIME; the API spells it without the inner underscore.
    [JsonStringEnumMemberName("OPENAI_REALTIME")] OpenAiRealtime,
}
