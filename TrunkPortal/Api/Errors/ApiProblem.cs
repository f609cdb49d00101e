using TrunkPortal.Api.Json;

namespace TrunkPortal.Api.Errors;

/// <summary>
/// An error answer of the API, always written in the reference's envelope. The status codes are the ones the
/// reference declares (400, 401, 403, 404, 429, 500), plus 413 for a body over the cap and 409 for a request
/// whose Idempotency-Key is still being processed.
/// </summary>
public sealed record ApiProblem(int Status, string MessageId, string Text, IReadOnlyDictionary<string, IReadOnlyList<string>>? ValidationErrors = null)
{
    public const string GeneralErrorText = "Something went wrong. Please contact support.";

    public static ApiProblem BadRequest(string text, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors = null) =>
        new(StatusCodes.Status400BadRequest, "BAD_REQUEST", text, errors is { Count: > 0 } ? errors : null);

    public static ApiProblem Invalid(string path, string message) =>
        BadRequest("Request is invalid.", new Dictionary<string, IReadOnlyList<string>> { [path] = [message] });

    public static ApiProblem Unauthorized(string text) => new(StatusCodes.Status401Unauthorized, "UNAUTHORIZED", text);

    public static ApiProblem Forbidden() =>
        new(StatusCodes.Status403Forbidden, "FORBIDDEN", "Forbidden: this API key may not perform this operation.");

    public static ApiProblem NotFound(string text = "Resource was not found.") => new(StatusCodes.Status404NotFound, "NOT_FOUND", text);

    public static ApiProblem TooManyRequests(string text) => new(StatusCodes.Status429TooManyRequests, "TOO_MANY_REQUESTS", text);

    public static ApiProblem GeneralError() => new(StatusCodes.Status500InternalServerError, "GENERAL_ERROR", GeneralErrorText);

    /// <summary>The envelope for any other status (405, 413, 415, ...), named after the status.</summary>
    public static ApiProblem ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => BadRequest("Bad request"),
        StatusCodes.Status401Unauthorized => Unauthorized("Unauthorized"),
        StatusCodes.Status403Forbidden => Forbidden(),
        StatusCodes.Status404NotFound => NotFound(),
        StatusCodes.Status405MethodNotAllowed => new(status, "METHOD_NOT_ALLOWED", "This HTTP method is not supported on this path."),
        StatusCodes.Status413PayloadTooLarge => new(status, "PAYLOAD_TOO_LARGE", JsonBodyReader.TooLargeText),
        StatusCodes.Status429TooManyRequests => TooManyRequests("Too many requests"),
        >= 500 => GeneralError(),
        _ => new(status, "BAD_REQUEST", "The request could not be processed."),
    };

    public ApiErrorResponse ToEnvelope() => new(new ApiRequestError(new ApiServiceException(MessageId, Text, ValidationErrors)));

    public IResult ToResult() => Results.Json(ToEnvelope(), ApiJson.Options, statusCode: Status);

    public Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = Status;
        return context.Response.WriteAsJsonAsync(ToEnvelope(), ApiJson.Options, context.RequestAborted);
    }
}
