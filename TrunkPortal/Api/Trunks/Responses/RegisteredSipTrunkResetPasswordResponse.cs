namespace TrunkPortal.Api.Trunks.Responses;

public sealed record RegisteredSipTrunkResetPasswordResponse(string? Username, string? Password) : SipTrunkResetPasswordResponse;
