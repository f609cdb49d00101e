using TrunkPortal.Api.Trunks.Responses;

namespace TrunkPortal.Api.ServiceAddresses;

public sealed record SipTrunkServiceAddressPage(IReadOnlyList<PublicSipTrunkServiceAddress> Results, PageInfo Paging);
