namespace TrunkPortal.Api.Trunks.Responses;

public sealed record PageInfo(int Page, int Size, int TotalPages, long TotalResults);
