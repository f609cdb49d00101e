using TrunkPortal.Api.Errors;
using TrunkPortal.Api.Trunks.Responses;

namespace TrunkPortal.Api.ServiceAddresses;

/// <summary>
/// Helpers for the service-address endpoints, which the merger wires to ServiceAddressService: they take plain
/// values so as not to guess that service's types.
/// </summary>
public static class ServiceAddressApiMapper
{
    /// <summary>The field paths of the request, for renaming a validator's member names (Name -> name, CountryRegionCode -> countryRegionCode).</summary>
    public static string ToJsonPath(string memberPath) => Trunks.ValidationPathMapper.ToJsonPath(memberPath);

    public static PublicSipTrunkServiceAddress ToResponse(
        string id, string name, string street, string city, string postCode, string? suite,
        PublicCountry country, PublicRegion? region) =>
        new(id, name, street, city, postCode, suite, country, region);

    public static SipTrunkServiceAddressPage ToPage(IReadOnlyList<PublicSipTrunkServiceAddress> results, int page, int size, long totalResults) =>
        new(results, new PageInfo(page, size, size == 0 ? 0 : (int)((totalResults + size - 1) / size), totalResults));

    /// <summary>GET .../countries/regions requires countryCode.</summary>
    public static ApiProblem? CheckCountryCode(string? countryCode) =>
        string.IsNullOrWhiteSpace(countryCode)
            ? ApiProblem.Invalid("countryCode", "countryCode is required: the country's ISO 3166 alpha-3 code, e.g. HRV or USA.")
            : null;

    public static ApiProblem AddressNotFound() => ApiProblem.NotFound("SIP trunk service address not found.");
}
