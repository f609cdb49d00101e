using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrunkPortal.Domain.Trunks;

/// <summary>The reference API's spelling of enum values, for messages (infobip-api-reference.md §2).</summary>
public static class ApiNames
{
    public static string Of(TrunkType type) => type switch
    {
        TrunkType.Static => "STATIC",
        TrunkType.Registered => "REGISTERED",
        TrunkType.Provider => "PROVIDER",
        TrunkType.Authenticated => "AUTHENTICATED",
        _ => type.ToString(),
    };

    public static string Of(ProviderType provider) => provider switch
    {
        ProviderType.Freshworks => "FRESHWORKS",
        ProviderType.GenesysCloud => "GENESYS_CLOUD",
        ProviderType.CiscoWebex => "CISCO_WEBEX",
        ProviderType.OpenAiRealtime => "OPENAI_REALTIME",
        _ => provider.ToString(),
    };

    public static string Of(BillingPackageType package) => package switch
    {
        BillingPackageType.Metered => "METERED",
        BillingPackageType.Unlimited => "UNLIMITED",
        _ => package.ToString(),
    };

    public static string Of(GenesysRegion region) =>
        typeof(GenesysRegion).GetField(region.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? region.ToString();

    /// <summary>
    /// Any other setting's value as the API spells it (RFC2833, NONE, T38, US_NATIONAL, REMOTE_PARTY_ID): the one
    /// spelling the wizard's choices, the review and the trunk page show.
    /// </summary>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
        ?? JsonNamingPolicy.SnakeCaseUpper.ConvertName(value.ToString());

    /// <summary>"STATIC" or "FRESHWORKS provider"; followed by "trunks" in messages.</summary>
    public static string Of(TrunkKind kind) =>
        kind is { Type: TrunkType.Provider, Provider: { } p } ? $"{Of(p)} provider" : Of(kind.Type);

    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all.Take(all.Count - 1))} and {all[^1]}";
    }
}
