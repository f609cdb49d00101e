namespace TrunkPortal.ServiceAddresses;

/// <summary>A service address (Place of Primary Use) as stored; every row belongs to one account.</summary>
public sealed class ServiceAddressEntity
{
    /// <summary>Rendered as a string in the API (its example ids are strings).</summary>
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string Name { get; set; } = "";

    public string Street { get; set; } = "";

    public string City { get; set; } = "";

    public string PostCode { get; set; } = "";

    public string? Suite { get; set; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string CountryCode { get; set; } = "";

    /// <summary>ISO 3166-2; null for countries without regions.</summary>
    public string? CountryRegionCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
