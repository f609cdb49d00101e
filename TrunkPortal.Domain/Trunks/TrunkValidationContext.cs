using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// What the trunk validators need to know about the account and the operator's catalog. Built by the
/// caller (wizard, API, support console) from the account's data, so the validators stay pure.
/// </summary>
public sealed record TrunkValidationContext
{
    /// <summary>B3: the one country code UNLIMITED supports.</summary>
    public const string UsCountryCode = DataCenter.UnitedStatesCode;

    public required PortalCatalog Catalog { get; init; }

    /// <summary>B1: the channel plans activated on the account.</summary>
    public IReadOnlySet<BillingPackageType> ActivatedPlans { get; init; } = new HashSet<BillingPackageType>();

    /// <summary>U1: the ids of the account's declared service addresses.</summary>
    public IReadOnlySet<string> ServiceAddressIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>F3: the names of the account's trunks, keyed by trunk id.</summary>
    public IReadOnlyDictionary<string, string> ExistingTrunkNames { get; init; } = new Dictionary<string, string>();

    /// <summary>Set when an existing trunk is edited: its own name is not a clash, and fixed fields (F5) are not re-checked.</summary>
    public string? EditedTrunkId { get; init; }

    public bool IsEdit => EditedTrunkId is not null;

    internal DataCenter? FindDataCenter(string? code) =>
        code is null ? null : Catalog.DataCenters.FirstOrDefault(dc => string.Equals(dc.Code, code, StringComparison.Ordinal));

    internal bool IsUsDataCenter(string? code) => FindDataCenter(code)?.IsUnitedStates == true;

    internal IEnumerable<string> UsDataCenterCodes() =>
        Catalog.DataCenters.Where(dc => dc.IsUnitedStates).Select(dc => dc.Code);

    /// <summary>F3: names compare trimmed and ignoring case; the edited trunk does not clash with itself.</summary>
    internal bool IsNameTaken(string? name)
    {
        var wanted = (name ?? "").Trim();
        return ExistingTrunkNames.Any(t =>
            !string.Equals(t.Key, EditedTrunkId, StringComparison.Ordinal) &&
            string.Equals(t.Value.Trim(), wanted, StringComparison.OrdinalIgnoreCase));
    }
}
