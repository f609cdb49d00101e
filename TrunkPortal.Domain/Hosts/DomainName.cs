using System.Globalization;

namespace TrunkPortal.Domain.Hosts;

/// <summary>Domain-name syntax (rules S1, A1, P1): RFC 1123 host names, at least two labels.</summary>
internal static class DomainName
{
    public const int MaxLength = 253;
    public const int MaxLabelLength = 63;

    /// <summary>
    /// Null when the name is valid, with <paramref name="normalised"/> lower-case ASCII (IDN as punycode)
    /// without the single trailing root dot people sometimes copy from DNS tools.
    /// </summary>
    public static string? Problem(string text, out string normalised)
    {
        normalised = "";
        var name = text;
        if (name.Any(c => c > 127))
        {
            try
            {
                name = new IdnMapping().GetAscii(name);
            }
            catch (ArgumentException)
            {
                return "contains characters that are not allowed in a domain name";
            }
        }

        name = name.ToLowerInvariant();
        if (name.EndsWith('.') && name.Length > 1)
        {
            name = name[..^1];
        }

        if (name.Length > MaxLength)
        {
            return $"is {name.Length.ToString(CultureInfo.InvariantCulture)} characters long; a domain name has at most {MaxLength} characters";
        }

        var labels = name.Split('.');
        if (labels.Any(l => l.Length == 0))
        {
            return "has an empty label (two dots in a row, or a dot at the start or end)";
        }

        if (labels.Length < 2)
        {
            return "is not a fully qualified domain name: it needs at least one dot, e.g. sip.example.com";
        }

        foreach (var label in labels)
        {
            if (label.Length > MaxLabelLength)
            {
                return $"has a label of {label.Length.ToString(CultureInfo.InvariantCulture)} characters; each part between dots has at most {MaxLabelLength}";
            }

            var bad = label.FirstOrDefault(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'));
            if (bad != default)
            {
                return $"contains '{bad}', which is not allowed; a domain name uses letters, digits, hyphens and dots";
            }

            if (label[0] == '-' || label[^1] == '-')
            {
                return $"has a label that starts or ends with a hyphen ('{label}')";
            }
        }

        if (labels[^1].All(char.IsAsciiDigit))
        {
            return "ends in an all-numeric label, so it is neither a domain name nor a valid IP address";
        }

        normalised = name;
        return null;
    }
}
