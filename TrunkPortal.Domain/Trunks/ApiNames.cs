using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrunkPortal.Domain.Trunks;

/// <summary>The reference API's spelling of enum values, for messages (infobip-api-reference.md §2).</summary>
public static class ApiNames
{
    /// <summary>From <see cref="TrunkKinds"/>; throws for a type no kind has.</summary>
    public static string Of(TrunkType type) =>
        type == TrunkType.Provider ? TrunkKinds.ProviderTypeApiName : TrunkKinds.Of(new TrunkKind(type)).ApiName;

    /// <summary>From <see cref="TrunkKinds"/>; throws for a provider no kind has.</summary>
    public static string Of(ProviderType provider) => TrunkKinds.Of(TrunkKind.Of(provider)).ApiName;

    public static string Of(BillingPackageType package) => package switch
    {
        BillingPackageType.Metered => "METERED",
        BillingPackageType.Unlimited => "UNLIMITED",
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

    /// <summary>
    /// "STATIC" or "FRESHWORKS provider"; followed by "trunks" in messages. A request that names no kind yet (PROVIDER
    /// without its provider) reads as its type.
    /// </summary>
    public static string Of(TrunkKind kind) =>
        kind is { Type: TrunkType.Provider, Provider: { } p } ? TrunkKinds.Of(TrunkKind.Of(p)).MessageName : Of(kind.Type);

    /// <summary>"A, B and C".</summary>
    public static string List(IEnumerable<string> items) => Join(items, "and");

    /// <summary>"A, B or C": what a value may be.</summary>
    public static string Either(IEnumerable<string> items) => Join(items, "or");

    private static string Join(IEnumerable<string> items, string conjunction)
    {
        var all = items.ToList();
        return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all.Take(all.Count - 1))} {conjunction} {all[^1]}";
    }
}
