namespace TrunkPortal.Domain.Trunks;

/// <summary>A5: each platform's "Main setup" steps from the seed, with the trunk's own values filled in.</summary>
internal static class AuthenticatedSetupSteps
{
    private const string CallRouting = "Channels and Numbers > Channels > Voice and WebRTC > Call Routing";
    private const string Numbers = "Channels and Numbers > Channels > Voice and WebRTC > Numbers";

    public static IReadOnlyList<string> ElevenLabs(TrunkSetupValues v) =>
    [
        .. InfobipInbound(),
        "On ElevenLabs, go to https://elevenlabs.io/app/agents and select Phone Numbers under Deploy.",
        "Select + Import number, then From SIP trunk, and give the new phone number a label.",
        "Enter your Infobip number in international format without the leading + sign.",
        $"Inbound configuration: Media configuration Allowed; Remote domains: {v.TrunkFqdn}.",
        $"Outbound configuration: Address {v.TrunkFqdn}:{TrunkSetupValues.ElevenLabsPort}; Transport type TLS; " +
            "Media encryption Allowed.",
        $"Add a custom header with the key {TrunkSetupValues.HeaderName} and this trunk's header value.",
        $"SIP Trunk Username: {v.Username}. SIP Trunk Password: this trunk's inbound DIGEST password.",
        "Assign your AI agent and leave the branch at its default, Follow traffic split.",
    ];

    public static IReadOnlyList<string> RetellAi(TrunkSetupValues v) =>
    [
        .. InfobipInbound(),
        "On Retell AI, go to https://dashboard.retellai.com/, select Phone number, add a new phone number and " +
            "select Connect to your number through SIP trunking.",
        "Enter your Infobip number in international format without the leading + sign, with format set to keep raw input.",
        $"Termination URI: {v.TrunkFqdn}.",
        $"SIP trunk User Name: {v.Username}. SIP trunk Password: this trunk's inbound DIGEST password.",
        "Set a nickname, select outbound transport TLS, then assign your inbound and outbound agents.",
        $"When making outbound calls from Retell AI, send the custom SIP header {TrunkSetupValues.HeaderName} " +
            "with this trunk's header value.",
    ];

    public static IReadOnlyList<string> Vapi(TrunkSetupValues v) =>
    [
        "On Vapi, go to https://dashboard.vapi.ai/, select Phone number, then Create phone number and Free Vapi SIP.",
        "Define an alpha identifier of at least 8 characters (for example myvapiuser) and a label, then select Import SIP URI.",
        "Assign your agent for handling inbound calls.",
        $"On Infobip, go to {CallRouting}, create a new route and add a destination of type SIP Trunk, " +
            $"selecting this trunk ({v.TrunkFqdn}).",
        "In the SIP destination definition, set the username to the alpha identifier you created on Vapi.",
        $"Go to {Numbers}, select your Infobip number and its Voice tab.",
        "For the inbound configuration, select Forward to Call Routing and associate the route you created.",
    ];

    public static IReadOnlyList<string> Other(TrunkSetupValues v) =>
    [
        .. InfobipInbound(),
        $"On the remote platform, send calls to {v.TrunkFqdn} with the header {TrunkSetupValues.HeaderName} set to " +
            "this trunk's header value.",
        $"If the platform authenticates with DIGEST, use the username {v.Username} and this trunk's inbound DIGEST password.",
        "Calls from Infobip reach the platform at the FQDN you entered, with this trunk's outbound DIGEST credentials.",
    ];

    private static IEnumerable<string> InfobipInbound() =>
    [
        $"On Infobip, go to {CallRouting}, create a new route and add a destination of type SIP Trunk, " +
            "selecting this authenticated SIP trunk.",
        $"Go to {Numbers}, select your Infobip number and its Voice tab.",
        "For the inbound configuration, select Forward to Call Routing and associate the route you created.",
    ];
}
