namespace TrunkPortal.Api.Errors;

/// <summary>The reference's error envelope: <c>{"requestError":{"serviceException":{...}}}</c> (§3a).</summary>
public sealed record ApiErrorResponse(ApiRequestError RequestError);
