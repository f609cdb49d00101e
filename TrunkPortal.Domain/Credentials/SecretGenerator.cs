using System.Security.Cryptography;

namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// R3, G1, A2, A3: credentials drawn from the operating system's CSPRNG. Characters are picked with
/// <see cref="RandomNumberGenerator.GetString"/>, which is unbiased over any alphabet size.
/// </summary>
public sealed class SecretGenerator : ISecretGenerator
{
    /// <summary>Letters and digits without the look-alikes 0/O/o and 1/l/I, so a password read aloud or typed off a screen survives.</summary>
    public const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>20 characters of a 56-letter alphabet: about 116 bits.</summary>
    public const int PasswordLength = 20;

    /// <summary>URL- and SIP-token-safe characters (RFC 4648 base64url).</summary>
    public const string HeaderValueAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /// <summary>32 characters of a 64-letter alphabet: 192 bits.</summary>
    public const int HeaderValueLength = 32;

    /// <summary>Lower-case, so a SIP user part compares the same everywhere; no look-alikes.</summary>
    public const string DigestUsernameAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";

    /// <summary>Prefix plus 16 characters of a 32-letter alphabet: 80 bits, unique per platform in practice.</summary>
    public const string DigestUsernamePrefix = "ib";

    public const int DigestUsernameRandomLength = 16;

    /// <summary>A random (version 4) UUID in the API's lower-case, hyphenated form.</summary>
    public string NewUsername()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true).ToString("D");
    }

    /// <summary>Always holds an upper-case letter, a lower-case letter and a digit: some SIP phones insist on it.</summary>
    public string NewPassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(PasswordAlphabet, PasswordLength);
            if (password.Any(char.IsAsciiLetterUpper) && password.Any(char.IsAsciiLetterLower)
                && password.Any(char.IsAsciiDigit))
            {
                return password;
            }
        }
    }

    public string NewHeaderValue() => RandomNumberGenerator.GetString(HeaderValueAlphabet, HeaderValueLength);

    public string NewDigestUsername() =>
        DigestUsernamePrefix + RandomNumberGenerator.GetString(DigestUsernameAlphabet, DigestUsernameRandomLength);
}
