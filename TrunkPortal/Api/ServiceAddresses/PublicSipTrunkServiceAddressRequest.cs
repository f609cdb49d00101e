namespace TrunkPortal.Api.ServiceAddresses;

/// <summary>Create and update body: name, street, city, postCode, countryCode required; countryRegionCode where the country has regions.</summary>
public sealed class PublicSipTrunkServiceAddressRequest
{
    public string? Name { get; init; }

    public string? Street { get; init; }

    public string? City { get; init; }

    public string? PostCode { get; init; }

    public string? Suite { get; init; }

    /// <summary>ISO 3166 alpha-3, e.g. HRV.</summary>
    public string? CountryCode { get; init; }

    /// <summary>ISO 3166-2 style, e.g. HR-01.</summary>
    public string? CountryRegionCode { get; init; }
}
