using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Components.Pages.Trunks.Create;

/// <summary>What the first step offers: the seed's trunk providers, with the Infobip trunk's three types.</summary>
public enum WizardChoice
{
    Static,
    Registered,
    Authenticated,
    Freshworks,
    GenesysCloud,
    CiscoWebex,
    OpenAiRealtime,
}

public static class WizardChoices
{
    public static IReadOnlyList<(WizardChoice Choice, string Title, string Purpose)> All { get; } =
    [
        (WizardChoice.Static, "SIP trunk: static", "Your PBX or SBC has fixed IP addresses; traffic is allowed by source and destination IP."),
        (WizardChoice.Registered, "SIP trunk: registered", "Your PBX registers to the platform with a username and password; no fixed IP needed."),
        (WizardChoice.Authenticated, "SIP trunk: authenticated", "Connect an AI voice platform (ElevenLabs, Retell AI, Vapi or another) over TLS with an access code and DIGEST credentials."),
        (WizardChoice.Freshworks, "Freshworks", "Use Freshcaller with this platform as the voice carrier (Twilio BYOC)."),
        (WizardChoice.GenesysCloud, "Genesys PureCloud", "Connect your Genesys Cloud contact center for inbound and outbound calls."),
        (WizardChoice.CiscoWebex, "Cisco Webex", "Bring this platform as your carrier into Cisco Webex Calling (US only)."),
        (WizardChoice.OpenAiRealtime, "OpenAI Realtime", "Send calls straight to your OpenAI Realtime project over SIP."),
    ];

    public static TrunkKind KindOf(WizardChoice choice) => choice switch
    {
        WizardChoice.Static => TrunkKind.Static,
        WizardChoice.Registered => TrunkKind.Registered,
        WizardChoice.Authenticated => TrunkKind.Authenticated,
        WizardChoice.Freshworks => TrunkKind.Of(ProviderType.Freshworks),
        WizardChoice.GenesysCloud => TrunkKind.Of(ProviderType.GenesysCloud),
        WizardChoice.CiscoWebex => TrunkKind.Of(ProviderType.CiscoWebex),
        _ => TrunkKind.Of(ProviderType.OpenAiRealtime),
    };

    public static WizardChoice Of(TrunkKind kind) => All.First(c => KindOf(c.Choice) == kind).Choice;
}
