namespace TrunkPortal.ServiceAddresses;

/// <summary>One page of an account's service addresses; the paging fields follow the API's PageInfo.</summary>
public sealed record ServiceAddressPage(IReadOnlyList<ServiceAddress> Results, int Page, int Size, int TotalPages, long TotalResults);
