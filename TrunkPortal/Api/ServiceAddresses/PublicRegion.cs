namespace TrunkPortal.Api.ServiceAddresses;

public sealed record PublicRegion(string Name, string Code, string CountryCode);
