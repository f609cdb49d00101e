namespace TrunkPortal.Api.ServiceAddresses;

public sealed record PublicSipTrunkServiceAddress(
    string Id,
    string Name,
    string Street,
    string City,
    string PostCode,
    string? Suite,
    PublicCountry Country,
    PublicRegion? Region);
