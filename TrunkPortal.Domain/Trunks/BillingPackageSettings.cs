namespace TrunkPortal.Domain.Trunks;

/// <summary>A trunk's channel plan as read back (rules B1, B3): the immutable side of <see cref="BillingPackage"/>.</summary>
public sealed record BillingPackageSettings
{
    public BillingPackageType? PackageType { get; init; }

    /// <summary>ISO 3166 alpha-3; only USA, for UNLIMITED (rule B3).</summary>
    public string? CountryCode { get; init; }

    /// <summary>The id of a declared service address.</summary>
    public string? AddressId { get; init; }
}
