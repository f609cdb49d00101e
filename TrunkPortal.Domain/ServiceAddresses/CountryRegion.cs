namespace TrunkPortal.Domain.ServiceAddresses;

/// <summary>A top-level ISO 3166-2 subdivision (e.g. HR-19) of the country with alpha-3 <paramref name="CountryCode"/>.</summary>
public sealed record CountryRegion(string Code, string Name, string CountryCode);
