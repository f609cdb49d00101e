using TrunkPortal.Api.Errors;

namespace TrunkPortal.Hosting;

/// <summary>
/// The headers every answer carries, set in one place just before the answer starts:
/// pages get a Content-Security-Policy that Blazor Server and MudBlazor work under (scripts only from the portal
/// itself, no inline script; inline styles stay allowed, MudBlazor sets them), frame-ancestors 'self', nosniff, a
/// Referrer-Policy and a Permissions-Policy; API answers get nosniff and Cache-Control: no-store (create and reset
/// answers carry secrets; the rest is per key and live). The interactive API reference (/scalar) brings its own
/// inline start-up script and gets no CSP.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (ApiPaths.IsApi(context.Request.Path))
            {
                headers.CacheControl = "no-store";
                return Task.CompletedTask;
            }
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            if (!context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
