namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// F3's comparison of trunk names as a value the database can index and compare byte by byte on every provider:
/// two names are the same name exactly when their keys are equal.
/// </summary>
public static class TrunkNames
{
    /// <summary>
    /// The name trimmed and upper-cased invariantly. <see cref="StringComparison.OrdinalIgnoreCase"/> (F3,
    /// <see cref="TrunkValidationContext"/>) compares the invariant upper case ordinally, so
    /// <c>Key(a) == Key(b)</c> exactly when F3 calls a and b the same name.
    /// </summary>
    public static string Key(string name) => name.Trim().ToUpperInvariant();

    /// <summary>
    /// The keys that start with <paramref name="prefix"/>'s key are those in [Low, High): High is Low with its last
    /// UTF-16 unit one higher, and byte order of UTF-8 (SQLite's BINARY, PostgreSQL's "C": code point order) keeps
    /// every key that starts with Low between the two. Null when that unit cannot be raised to another character (it
    /// or the next unit is a surrogate, or it is U+FFFF); the caller then falls back to a pattern on the key.
    /// </summary>
    public static (string Low, string High)? PrefixRange(string prefix)
    {
        var low = Key(prefix);
        if (low.Length == 0)
        {
            return null;
        }
        var last = low[^1];
        if (last == char.MaxValue || char.IsSurrogate(last) || char.IsSurrogate((char)(last + 1)))
        {
            return null;
        }
        return (low, string.Concat(low.AsSpan(0, low.Length - 1), new string((char)(last + 1), 1)));
    }
}
