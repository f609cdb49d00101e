using System.Globalization;

namespace TrunkPortal.Domain.Text;

/// <summary>
/// What a person can type and see: no C0 or C1 control character (NUL, escape, DEL...) and no bidirectional
/// override or isolate, which would make a host compare unequal to the same host or print a name backwards on an
/// invoice. Shared by hosts (S1, S5), FQDNs (A1, P1) and trunk names (F3).
/// </summary>
public static class TypedText
{
    /// <summary>Null when <paramref name="text"/> holds only visible text, else what is wrong and where (1-based).</summary>
    public static string? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c))
            {
                return $"contains a control character (U+{(int)c:X4}) at position {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            }
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return $"contains a text-direction override (U+{(int)c:X4}) at position {(i + 1).ToString(CultureInfo.InvariantCulture)}";
            }
        }
        return null;
    }

    /// <summary>How many characters a person sees: text elements, so an emoji or an accented letter counts once.</summary>
    public static int VisibleLength(string text) => new StringInfo(text).LengthInTextElements;
}
