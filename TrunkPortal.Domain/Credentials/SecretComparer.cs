using System.Security.Cryptography;
using System.Text;

namespace TrunkPortal.Domain.Credentials;

/// <summary>R3: compares secrets in time independent of where they differ, so timing reveals nothing.</summary>
public static class SecretComparer
{
    /// <summary>Ordinal, case-sensitive. Strings of different lengths differ at once: callers compare fixed-length hashes.</summary>
    public static bool FixedTimeEquals(string? left, string? right)
    {
        if (left is null || right is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(left), Encoding.UTF8.GetBytes(right));
    }
}
