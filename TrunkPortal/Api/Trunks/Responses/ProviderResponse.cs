using System.Text.Json.Serialization;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>PegasusProvider as read back, discriminated by the provider <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FreshworksProviderResponse), "FRESHWORKS")]
[JsonDerivedType(typeof(GenesysCloudProviderResponse), "GENESYS_CLOUD")]
[JsonDerivedType(typeof(CiscoWebexProviderResponse), "CISCO_WEBEX")]
[JsonDerivedType(typeof(OpenAiProviderResponse), "OPENAI_REALTIME")]
public abstract record ProviderResponse
{
    /// <summary>The provider object of a PROVIDER trunk's settings; null for the other types.</summary>
    public static ProviderResponse? Of(TrunkSettings s) => s.Provider switch
    {
        ProviderType.Freshworks => new FreshworksProviderResponse { AccountSid = s.AccountSid, SipDomain = s.SipDomain },
        ProviderType.GenesysCloud => new GenesysCloudProviderResponse { Region = s.GenesysRegion },
        ProviderType.CiscoWebex => new CiscoWebexProviderResponse { CiscoUuid = s.CiscoUuid },
        ProviderType.OpenAiRealtime => new OpenAiProviderResponse { ProjectId = s.ProjectId },
        null => null,
    };
}
