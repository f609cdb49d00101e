namespace TrunkPortal.Identity;

/// <summary>
/// A ReturnUrl made safe: a path inside the portal, or the portal's home when it is anything else (another site,
/// protocol-relative <c>//host</c>, <c>/\host</c>, a scheme, a control character). Never throws: a bad link lands
/// on the home page after a correct password instead of an error.
/// </summary>
public static class LocalUrl
{
    public const string Home = "/";

    public static string Of(string? returnUrl)
    {
        var url = returnUrl?.Trim() ?? "";
        if (url.Length == 0 || url.Any(char.IsControl) || url.Contains('\\', StringComparison.Ordinal))
        {
            return Home;
        }
        if (url.StartsWith("~/", StringComparison.Ordinal))
        {
            url = url[1..];
        }
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return Home;
        }
        if (!url.StartsWith('/'))
        {
            // A base-relative path ("trunks/123", as Blazor's sign-in redirect sends it), never "scheme:...".
            var colon = url.IndexOf(':', StringComparison.Ordinal);
            var slash = url.IndexOf('/', StringComparison.Ordinal);
            if (colon >= 0 && (slash < 0 || colon < slash))
            {
                return Home;
            }
            url = "/" + url;
        }
        return Uri.IsWellFormedUriString(url, UriKind.Relative) ? url : Home;
    }
}
