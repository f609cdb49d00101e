using Microsoft.AspNetCore.Diagnostics;

namespace TrunkPortal.Api.Errors;

/// <summary>
/// Unexpected failures on API paths answer 500 GENERAL_ERROR in the envelope, never a stack trace; the
/// exception goes to the log only. Other paths are left to the Blazor error page.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!ApiPaths.IsApi(httpContext.Request.Path))
        {
            return false;
        }

        if (exception is BadHttpRequestException bad)
        {
            // Kestrel's own limits and malformed framing: the client's fault, not ours.
            var problem = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? ApiProblem.ForStatus(StatusCodes.Status413PayloadTooLarge)
                : ApiProblem.BadRequest("Bad request: the HTTP request could not be read.");
            await problem.WriteAsync(httpContext);
            return true;
        }

        logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        await ApiProblem.GeneralError().WriteAsync(httpContext);
        return true;
    }
}
