using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using TrunkPortal.Domain.ServiceAddresses;

namespace TrunkPortal.ServiceAddresses;

/// <summary>
/// ISO 3166 countries and top-level regions from the embedded Data/iso3166.json (see Data/NOTICE.md).
/// Loaded once in the constructor; register as a singleton.
/// </summary>
public sealed class Iso3166CountryCatalog : ICountryCatalog
{
    internal const string ResourceName = "TrunkPortal.ServiceAddresses.Data.iso3166.json";

    private readonly FrozenDictionary<string, Country> _countries;
    private readonly FrozenDictionary<string, IReadOnlyList<CountryRegion>> _regions;

    public Iso3166CountryCatalog()
    {
        using var stream = typeof(Iso3166CountryCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the TrunkPortal assembly.");
        var file = JsonSerializer.Deserialize<Iso3166File>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");

        _countries = file.Countries.ToFrozenDictionary(c => c.Code, c => new Country(c.Code, c.Name), StringComparer.Ordinal);
        _regions = file.Countries.ToFrozenDictionary(
            c => c.Code,
            c => (IReadOnlyList<CountryRegion>)[.. c.Regions.Select(r => new CountryRegion(r.Code, r.Name, c.Code)).OrderBy(r => r.Code, StringComparer.Ordinal)],
            StringComparer.Ordinal);
        // Invariant culture so "Åland Islands" sorts with the A's on every machine.
        Countries = [.. _countries.Values.OrderBy(c => c.Name, StringComparer.Create(CultureInfo.InvariantCulture, ignoreCase: true))];
    }

    public IReadOnlyList<Country> Countries { get; }

    public Country? FindCountry(string alpha3) => _countries.GetValueOrDefault(alpha3);

    public IReadOnlyList<CountryRegion> RegionsOf(string alpha3) => _regions.GetValueOrDefault(alpha3) ?? [];

    private sealed record Iso3166File(IReadOnlyList<Iso3166Country> Countries);

    private sealed record Iso3166Country(string Code, string Name, IReadOnlyList<Iso3166Region> Regions);

    private sealed record Iso3166Region(string Code, string Name);
}
