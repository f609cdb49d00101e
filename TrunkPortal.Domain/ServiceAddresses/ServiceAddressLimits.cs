namespace TrunkPortal.Domain.ServiceAddresses;

/// <summary>Field lengths of a service address; the API sets none, these are product decisions shared with the database mapping.</summary>
public static class ServiceAddressLimits
{
    public const int NameMaxLength = 128;
    public const int StreetMaxLength = 256;
    public const int CityMaxLength = 128;
    public const int PostCodeMaxLength = 32;
    public const int SuiteMaxLength = 64;
    public const int CountryCodeLength = 3;
    public const int CountryRegionCodeMaxLength = 6;
}
