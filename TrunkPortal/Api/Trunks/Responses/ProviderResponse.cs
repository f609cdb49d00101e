using System.Text.Json.Serialization;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>PegasusProvider as read back, discriminated by the provider <c>type</c>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FreshworksProviderResponse), "FRESHWORKS")]
[JsonDerivedType(typeof(GenesysCloudProviderResponse), "GENESYS_CLOUD")]
[JsonDerivedType(typeof(CiscoWebexProviderResponse), "CISCO_WEBEX")]
[JsonDerivedType(typeof(OpenAiProviderResponse), "OPENAI_REALTIME")]
public abstract record ProviderResponse;
