using System.Text;

namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// A3: what a header value the user sets must look like: 8 to 128 printable ASCII characters, no spaces, so it
/// travels in a SIP header unchanged and the remote platform can type it in.
/// </summary>
public static class HeaderValuePolicy
{
    public const int MinLength = 8;

    public const int MaxLength = 128;

    /// <summary>A3: null when <paramref name="value"/> is accepted, otherwise what is wrong and what is accepted.</summary>
    public static string? Problem(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length is < MinLength or > MaxLength)
        {
            return $"The header value has {value.Length} characters; it must have {MinLength} to {MaxLength}. "
                + "Leave it empty to have one generated.";
        }

        var bad = value.AsSpan().IndexOfAnyExceptInRange('!', '~');
        return bad < 0
            ? null
            : $"The header value contains {Describe(Rune.GetRuneAt(value, bad))}; use only printable ASCII letters, digits and "
                + "symbols, without spaces. Leave it empty to have one generated.";
    }

    private static string Describe(Rune rune) => rune.Value switch
    {
        ' ' => "a space",
        _ when Rune.IsControl(rune) => $"the control character U+{rune.Value:X4}",
        _ => $"the character '{rune}' (U+{rune.Value:X4})",
    };
}
