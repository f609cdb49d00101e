using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Providers;

/// <summary>P1-P4: the seed's "Specific notes for provider trunks", with the trunk's id filled in where a step needs it.</summary>
public static class ProviderGuides
{
    /// <summary>The guide <see cref="TrunkKinds"/> names for <paramref name="provider"/>; throws for a provider it lacks.</summary>
    /// <param name="sipTrunkId">The trunk's id once created; null in the wizard.</param>
    public static ProviderGuide For(ProviderType provider, string? sipTrunkId = null) =>
        TrunkKinds.Of(TrunkKind.Of(provider)).Guide is { } guide
            ? guide(sipTrunkId)
            : throw new ArgumentOutOfRangeException(nameof(provider), provider, "TrunkKinds names no guide for this provider.");

    /// <summary>P1: Twilio BYOC, channels per trunk inbound and as one group outbound, reports naming the oldest trunk.</summary>
    internal static ProviderGuide Freshworks() => new(ProviderType.Freshworks,
        [
            "Freshcaller uses Twilio as its communication engine: configure a Bring Your Own Carrier (BYOC) connection " +
                "with Twilio and have a properly configured Freshworks account (see the Freshworks documentation).",
            "Provide your Twilio Account SID and the Destination Host: your Twilio SIP domain (FQDN), as received from Freshworks.",
            "Inbound calls (to Freshworks): each trunk's channel count is the upper limit of that trunk.",
            "Outbound calls (from Freshworks): the channel counts of all Freshworks trunks in the same data center add up " +
                "to one group limit shared by them.",
            "Reports and logs of outbound calls show the oldest Freshworks trunk of the data center, because traffic " +
                "from Freshworks carries no trunk identifier.",
        ],
        []);

    /// <summary>P2: the region follows the Genesys Cloud login URL.</summary>
    internal static ProviderGuide Genesys() => new(ProviderType.GenesysCloud,
        [
            "Create the trunk in the region that matches the address you log in to Genesys Cloud with " +
                "(for example https://login.mypurecloud.de is EU Central 1).",
            "See the Genesys PureCloud Provider SIP Trunk Configuration Guide to configure the trunk in Genesys PureCloud.",
        ],
        []);

    /// <summary>P3: US data centers only.</summary>
    internal static ProviderGuide Cisco() => new(ProviderType.CiscoWebex,
        [
            "Cisco Webex trunks are available in the US only: choose a US data center.",
            "Provide your Cisco organization ID, and see the Cisco Webex Provider SIP Trunk Configuration Guide for the " +
                "Cisco Webex BYOC Enterprise configuration.",
        ],
        []);

    /// <summary>P4: inbound through Call Routing; outbound calls from OpenAI are not supported, so a voice application places them.</summary>
    internal static ProviderGuide OpenAi(string? sipTrunkId) => new(ProviderType.OpenAiRealtime,
        [
            "Provide your OpenAI Project ID. These trunks integrate directly with OpenAI; OpenAI Realtime deployments on " +
                "Azure are not supported.",
            "You can create the trunk in any data center; Infobip does not control which OpenAI region is used.",
            "Outbound calls from OpenAI to Infobip over the SIP trunk are not supported. To let your AI agent call " +
                "people, build a voice application on the Calls API platform: it creates the outbound call to the " +
                "recipient and, when the call is answered, connects it to an outbound SIP call to your AI agent with the " +
                $"create Dialog method, whose childCallRequest uses the SIP endpoint type and sipTrunkId {TrunkId(sipTrunkId)}.",
        ],
        [
            $"Create a new route in Call Routing and set this OpenAI trunk ({TrunkId(sipTrunkId)}) as the destination.",
            "PHONE: make sure you have at least one Infobip DID and forward it to the route.",
            "WHATSAPP: enable at least one WhatsApp sender for WhatsApp Voice and configure inbound calls on the WhatsApp " +
                "Voice tab of the sender in the Numbers application.",
            "WEBRTC: your WebRTC client places an applicationCall to CALL_ROUTING, and the route has a filter of type WEBRTC.",
        ]);

    private static string TrunkId(string? sipTrunkId) =>
        string.IsNullOrWhiteSpace(sipTrunkId) ? "of this trunk" : sipTrunkId;
}
