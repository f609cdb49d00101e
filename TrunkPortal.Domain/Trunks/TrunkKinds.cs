using TrunkPortal.Domain.Providers;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// Every trunk kind a person can create, described once (F1, P1-P4): the three INFOBIP types and the four providers,
/// in the order the wizard offers them. The API spellings, display names, wizard texts, the US-only rule (P3) and
/// the provider guides all come from here; a kind missing from this table cannot be chosen, named or guided.
/// </summary>
public static class TrunkKinds
{
    /// <summary>The reference API's spelling of <see cref="TrunkType.Provider"/>, the one type that is not a kind by itself.</summary>
    public const string ProviderTypeApiName = "PROVIDER";

    public static IReadOnlyList<TrunkKindInfo> All { get; } =
    [
        Infobip(TrunkType.Static, "STATIC", "SIP trunk (static)", "SIP trunk: static",
            "Your PBX or SBC has fixed IP addresses; traffic is allowed by source and destination IP."),
        Infobip(TrunkType.Registered, "REGISTERED", "SIP trunk (registered)", "SIP trunk: registered",
            "Your PBX registers to the platform with a username and password; no fixed IP needed."),
        Infobip(TrunkType.Authenticated, "AUTHENTICATED", "SIP trunk (authenticated)", "SIP trunk: authenticated",
            "Connect an AI voice platform (ElevenLabs, Retell AI, Vapi or another) over TLS with an access code and DIGEST credentials."),
        Provider(ProviderType.Freshworks, "FRESHWORKS", "Freshworks",
            "Use Freshcaller with this platform as the voice carrier (Twilio BYOC).",
            _ => ProviderGuides.Freshworks()),
        Provider(ProviderType.GenesysCloud, "GENESYS_CLOUD", "Genesys PureCloud",
            "Connect your Genesys Cloud contact center for inbound and outbound calls.",
            _ => ProviderGuides.Genesys()),
        // P3: Cisco Webex trunks are available in US data centers only.
        Provider(ProviderType.CiscoWebex, "CISCO_WEBEX", "Cisco Webex",
            "Bring this platform as your carrier into Cisco Webex Calling (US only).",
            _ => ProviderGuides.Cisco(), usOnly: true),
        Provider(ProviderType.OpenAiRealtime, "OPENAI_REALTIME", "OpenAI Realtime",
            "Send calls straight to your OpenAI Realtime project over SIP.",
            ProviderGuides.OpenAi),
    ];

    /// <summary>The description of <paramref name="kind"/>; throws for a type/provider pair that is not a kind.</summary>
    public static TrunkKindInfo Of(TrunkKind kind) =>
        Find(kind) ?? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a trunk kind: TrunkKinds has no entry for it.");

    /// <summary>
    /// The description of <paramref name="kind"/>, or null where a request names no kind yet (a PROVIDER trunk
    /// without its provider); validators ask this, and refuse the request for its own reasons.
    /// </summary>
    public static TrunkKindInfo? Find(TrunkKind kind) => All.FirstOrDefault(k => k.Kind == kind);

    private static TrunkKindInfo Infobip(TrunkType type, string apiName, string displayName, string wizardTitle, string wizardPurpose) =>
        new(new TrunkKind(type), apiName, displayName, wizardTitle, wizardPurpose, UsOnly: false, Guide: null);

    // A provider is offered in the wizard under its display name, and always has a guide (P1-P4).
    private static TrunkKindInfo Provider(ProviderType provider, string apiName, string displayName, string wizardPurpose,
        Func<string?, ProviderGuide> guide, bool usOnly = false) =>
        new(TrunkKind.Of(provider), apiName, displayName, displayName, wizardPurpose, usOnly, guide);
}
