using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Providers;

/// <summary>
/// P2: finds the Genesys Cloud region from the login URL a person pastes, using the catalog's table of the
/// seed's 15 URLs, or from the region typed directly ("EU_CENTRAL_1", "EU Central 1"). Tolerates missing
/// scheme, upper case, a trailing slash or path, and the "apps." address shown after logging in.
/// </summary>
public sealed class GenesysRegionResolver(PortalCatalog catalog)
{
    public GenesysRegionResolution Resolve(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.Length == 0)
        {
            return GenesysRegionResolution.NotFound($"Paste the address you log in to Genesys Cloud with. {Accepted()}");
        }

        var key = Compact(text);
        foreach (var row in catalog.GenesysLoginUrls)
        {
            if (Compact(ApiNames.Of(row.Region)) == key || Compact(row.DisplayName) == key)
            {
                return GenesysRegionResolution.Found(row.Region);
            }
        }

        var host = HostOf(text);
        var match = catalog.GenesysLoginUrls.FirstOrDefault(row => HostOf(row.Url) == host);
        return match is not null
            ? GenesysRegionResolution.Found(match.Region)
            : GenesysRegionResolution.NotFound($"'{text}' is not a Genesys Cloud login address we know. {Accepted()}");
    }

    private string Accepted() =>
        "Accepted login addresses: " +
        string.Join(", ", catalog.GenesysLoginUrls.Select(r => $"{r.Url} ({r.DisplayName})")) +
        "; or choose the region directly.";

    /// <summary>"https://Login.MyPureCloud.de/#/x" and "apps.mypurecloud.de" both become "login.mypurecloud.de".</summary>
    private static string HostOf(string url)
    {
        var host = url.Trim().ToLowerInvariant();
        var scheme = host.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            host = host[(scheme + 3)..];
        }

        var end = host.IndexOfAny(['/', '?', '#', ':']);
        host = (end >= 0 ? host[..end] : host).TrimEnd('.');
        return host.StartsWith("apps.", StringComparison.Ordinal) ? "login." + host["apps.".Length..] : host;
    }

    private static string Compact(string text) =>
        new(text.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
