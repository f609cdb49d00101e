using Microsoft.AspNetCore.Components;

namespace TrunkPortal.Identity;

/// <summary>Redirects from the static SSR Identity pages, refusing open redirects; carries one status message.</summary>
internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder _statusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    // A path, never an absolute URL: the absolute one would carry the request's Host header, which a client chooses.
    private string CurrentPath => "/" + navigationManager.ToBaseRelativePath(navigationManager.Uri).Split('?', '#')[0];

    /// <summary>Only paths inside the portal (<see cref="LocalUrl"/>): anything else goes to the home page.</summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalUrl.Of(uri));

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, _statusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context) =>
        RedirectToWithStatus(CurrentPath, message, context);
}
