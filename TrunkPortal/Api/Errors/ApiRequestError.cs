namespace TrunkPortal.Api.Errors;

public sealed record ApiRequestError(ApiServiceException ServiceException);
