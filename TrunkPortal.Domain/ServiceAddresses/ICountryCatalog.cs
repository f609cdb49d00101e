namespace TrunkPortal.Domain.ServiceAddresses;

/// <summary>The countries and regions a service address may name; the web project loads them from ISO 3166 data.</summary>
public interface ICountryCatalog
{
    /// <summary>Every country, ordered by name (for pickers and the countries endpoint).</summary>
    IReadOnlyList<Country> Countries { get; }

    /// <summary>The country with this exact alpha-3 code, or null.</summary>
    Country? FindCountry(string alpha3);

    /// <summary>The country's regions ordered by code; empty when the country has none or is unknown.</summary>
    IReadOnlyList<CountryRegion> RegionsOf(string alpha3);
}
