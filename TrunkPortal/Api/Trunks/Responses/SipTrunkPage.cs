namespace TrunkPortal.Api.Trunks.Responses;

public sealed record SipTrunkPage(IReadOnlyList<SipTrunkResponse> Results, PageInfo Paging);
