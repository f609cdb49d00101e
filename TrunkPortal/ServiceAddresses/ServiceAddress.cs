using TrunkPortal.Domain.ServiceAddresses;

namespace TrunkPortal.ServiceAddresses;

/// <summary>A service address as read back: the API's PublicSipTrunkServiceAddress shape, with names resolved.</summary>
public sealed record ServiceAddress(
    Guid Id,
    string Name,
    string Street,
    string City,
    string PostCode,
    string? Suite,
    Country Country,
    CountryRegion? Region,
    DateTimeOffset CreatedAt);
