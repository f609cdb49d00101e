namespace TrunkPortal.Api.ServiceAddresses;

public sealed record PublicCountry(string Name, string Code);
