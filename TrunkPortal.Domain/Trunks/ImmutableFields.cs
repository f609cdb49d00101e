namespace TrunkPortal.Domain.Trunks;

/// <summary>F5: type, provider (with its settings), location, billing package and TLS are fixed at creation.</summary>
public static class ImmutableFields
{
    public const string RuleCode = "F5";

    /// <summary>Refuses an update that changes a fixed field; a field the update leaves out (null) is not a change.</summary>
    /// <exception cref="DomainException">Code F5, naming every changed field.</exception>
    public static void Check(TrunkSettings existing, TrunkRequest update)
    {
        var changed = Violations(existing, update);
        if (changed.Count > 0)
        {
            throw new DomainException(RuleCode, string.Join(" ", changed));
        }
    }

    /// <summary>One message per changed fixed field, naming it in API spelling.</summary>
    public static IReadOnlyList<string> Violations(TrunkSettings existing, TrunkRequest update)
    {
        var messages = new List<string>();
        void Add(string field, object? before) =>
            messages.Add($"{field} cannot be changed after the trunk is created (it is {Show(before)}); " +
                "to use a different value, create a new trunk.");

        if (ApiNames.Of(existing.Type) != ApiNames.Of(update.Type))
        {
            Add("type", ApiNames.Of(existing.Type));
        }

        if (update.Provider is not null && existing.Provider != update.Provider)
        {
            Add("provider", existing.Provider);
        }

        foreach (var field in TrunkFields.Fixed)
        {
            if (field.Changes(existing, update, out var before))
            {
                Add(field.ApiName, before);
            }
        }

        return messages;
    }

    private static string Show(object? value) => value switch
    {
        null => "not set",
        bool b => b ? "on" : "off",
        BillingPackageType p => ApiNames.Of(p),
        ProviderType p => ApiNames.Of(p),
        GenesysRegion g => ApiNames.Of(g),
        _ => value.ToString() ?? "",
    };
}
