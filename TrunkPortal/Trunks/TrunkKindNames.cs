using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>How trunk kinds read to people (the seed's words: "Genesys PureCloud", not GENESYS_CLOUD).</summary>
public static class TrunkKindNames
{
    public static string Of(TrunkKind kind) => kind switch
    {
        { Type: TrunkType.Static } => "SIP trunk (static)",
        { Type: TrunkType.Registered } => "SIP trunk (registered)",
        { Type: TrunkType.Authenticated } => "SIP trunk (authenticated)",
        { Provider: ProviderType.Freshworks } => "Freshworks",
        { Provider: ProviderType.GenesysCloud } => "Genesys PureCloud",
        { Provider: ProviderType.CiscoWebex } => "Cisco Webex",
        { Provider: ProviderType.OpenAiRealtime } => "OpenAI Realtime",
        _ => kind.ToString(),
    };
}
