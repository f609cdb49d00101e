namespace TrunkPortal.Domain.ServiceAddresses;

/// <summary>An ISO 3166-1 country: alpha-3 code (e.g. HRV) and English name.</summary>
public sealed record Country(string Code, string Name);
