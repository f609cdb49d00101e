using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TrunkPortal.Domain.Catalog;

/// <summary>The textual formats the catalog's values must have (rule N4: a typo is caught at start-up, not in a DNS answer).</summary>
internal static partial class CatalogFormats
{
    /// <summary>An IP literal as written by people: IPv4 only as four decimal parts without leading zeros.</summary>
    public static bool IsIpAddress(string? value) =>
        value is not null
        && IPAddress.TryParse(value, out var ip)
        && (ip.AddressFamily == AddressFamily.InterNetworkV6 || ip.ToString() == value);

    /// <summary>A network in CIDR form whose address has no bits set past the prefix, e.g. 62.140.31.0/24.</summary>
    public static bool IsCidr(string? value)
    {
        if (value is null || !value.Contains('/', StringComparison.Ordinal))
        {
            return false;
        }
        var address = value[..value.IndexOf('/', StringComparison.Ordinal)];
        return IsIpAddress(address)
            && IPNetwork.TryParse(value, out var network)
            && network.BaseAddress.Equals(IPAddress.Parse(address));
    }

    /// <summary>An upper snake case code like the API's location enum, e.g. KUALA_LUMPUR.</summary>
    public static bool IsUpperSnakeCase(string? value) => value is not null && UpperSnakeCase().IsMatch(value);

    /// <summary>One lower-case DNS label (letters, digits, inner hyphens, at most 63 characters).</summary>
    public static bool IsDnsLabel(string? value) => value is not null && DnsLabel().IsMatch(value);

    /// <summary>A lower-case host name of at least two labels, at most 253 characters.</summary>
    public static bool IsHostName(string? value) =>
        value is { Length: <= 253 }
        && value.Split('.') is { Length: >= 2 } labels
        && labels.All(IsDnsLabel);

    /// <summary>Turns a FluentValidation property path ("DataCenters[3].StaticSbcIp") into a configuration key.</summary>
    public static string ConfigurationPath(string propertyPath)
    {
        var key = propertyPath.Replace("].", ":", StringComparison.Ordinal)
            .Replace('[', ':')
            .Replace('.', ':')
            .TrimEnd(']');
        return key.Length == 0 ? PortalCatalog.SectionName : $"{PortalCatalog.SectionName}:{key}";
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*\\z", RegexOptions.CultureInvariant)]
    private static partial Regex UpperSnakeCase();

    [GeneratedRegex("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\z", RegexOptions.CultureInvariant)]
    private static partial Regex DnsLabel();
}
