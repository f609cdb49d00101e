namespace TrunkPortal.Domain.ServiceAddresses;

/// <summary>
/// A service address (Place of Primary Use) as the page and the API fill it; null = not given.
/// Mirrors the API's PublicSipTrunkServiceAddressRequest.
/// </summary>
public sealed class ServiceAddressRequest
{
    public string? Name { get; set; }

    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostCode { get; set; }

    public string? Suite { get; set; }

    /// <summary>ISO 3166-1 alpha-3, e.g. HRV.</summary>
    public string? CountryCode { get; set; }

    /// <summary>ISO 3166-2, e.g. HR-19; required only for countries that have regions.</summary>
    public string? CountryRegionCode { get; set; }
}
