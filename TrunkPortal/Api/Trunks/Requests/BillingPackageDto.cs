using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Requests;

/// <summary>BillingPackage of the reference, in requests and responses alike.</summary>
public sealed record BillingPackageDto
{
    public BillingPackageType? PackageType { get; init; }

    public string? CountryCode { get; init; }

    public string? AddressId { get; init; }
}
