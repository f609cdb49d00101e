namespace TrunkPortal.Domain.Trunks;

/// <summary>The channel plan of a trunk (rules B1, B3). Mutable: the wizard edits it in place.</summary>
public sealed class BillingPackage
{
    public BillingPackageType? PackageType { get; set; }

    /// <summary>ISO 3166 alpha-3; only USA is supported, and required, for UNLIMITED (rule B3).</summary>
    public string? CountryCode { get; set; }

    /// <summary>The id of a declared service address.</summary>
    public string? AddressId { get; set; }
}
