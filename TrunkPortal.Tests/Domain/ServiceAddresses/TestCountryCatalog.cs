using TrunkPortal.Domain.ServiceAddresses;

namespace TrunkPortal.Tests.Domain.ServiceAddresses;

/// <summary>A small fixed catalog so the validator tests do not depend on the ISO data file.</summary>
internal sealed class TestCountryCatalog : ICountryCatalog
{
    private static readonly CountryRegion[] _regions =
    [
        new("HR-01", "Zagrebačka županija", "HRV"),
        new("HR-19", "Dubrovačko-neretvanska županija", "HRV"),
        new("US-CA", "California", "USA"),
        new("US-NY", "New York", "USA"),
    ];

    public IReadOnlyList<Country> Countries { get; } =
        [new("HRV", "Croatia"), new("GIB", "Gibraltar"), new("USA", "United States of America")];

    public Country? FindCountry(string alpha3) => Countries.FirstOrDefault(c => c.Code == alpha3);

    public IReadOnlyList<CountryRegion> RegionsOf(string alpha3) => [.. _regions.Where(r => r.CountryCode == alpha3)];
}
