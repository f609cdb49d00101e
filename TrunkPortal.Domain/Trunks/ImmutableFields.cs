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
        void Compare<T>(string field, T? before, T? after)
        {
            if (after is not null && !EqualityComparer<T>.Default.Equals(before, after))
            {
                messages.Add($"{field} cannot be changed after the trunk is created (it is {Show(before)}); " +
                    "to use a different value, create a new trunk.");
            }
        }

        Compare("type", ApiNames.Of(existing.Type), ApiNames.Of(update.Type));
        Compare("provider", existing.Provider, update.Provider);
        Compare("location", existing.Location, update.Location);
        Compare("billingPackage.packageType", existing.BillingPackage.PackageType, update.BillingPackage.PackageType);
        Compare("billingPackage.countryCode", existing.BillingPackage.CountryCode, update.BillingPackage.CountryCode);
        Compare("billingPackage.addressId", existing.BillingPackage.AddressId, update.BillingPackage.AddressId);
        Compare("tls", existing.Tls, update.Tls);
        Compare("provider.accountSid", existing.AccountSid, update.AccountSid);
        Compare("provider.sipDomain", existing.SipDomain, update.SipDomain);
        Compare("provider.region", existing.GenesysRegion, update.GenesysRegion);
        Compare("provider.ciscoUUID", existing.CiscoUuid, update.CiscoUuid);
        Compare("provider.projectId", existing.ProjectId, update.ProjectId);
        return messages;
    }

    private static string Show<T>(T? value) => value switch
    {
        null => "not set",
        bool b => b ? "on" : "off",
        BillingPackageType p => ApiNames.Of(p),
        ProviderType p => ApiNames.Of(p),
        GenesysRegion g => ApiNames.Of(g),
        _ => value.ToString() ?? "",
    };
}
