using Microsoft.AspNetCore.Diagnostics;

namespace TrunkPortal.Api.Errors;

/// <summary>
/// On API paths, an error status written without a body (unknown route, 405, a limit of the framework) is
/// given the envelope, and the Blazor status-code pages are switched off so they never answer with HTML.
/// </summary>
internal sealed class ApiStatusCodeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!ApiPaths.IsApi(context.Request.Path))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);

        var response = context.Response;
        if (response.StatusCode >= 400 && !response.HasStarted && response.ContentLength is null && string.IsNullOrEmpty(response.ContentType))
        {
            await ApiProblem.ForStatus(response.StatusCode).WriteAsync(context);
        }
    }
}
