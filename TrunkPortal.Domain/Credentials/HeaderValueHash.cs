using System.Security.Cryptography;
using System.Text;

namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// R3, A3: the platform only compares an incoming X-IB-AccessCode with the trunk's, so it keeps SHA-256 of it
/// (lower-case hex). No salt: the check runs on every call and generated values carry 192 random bits.
/// </summary>
public static class HeaderValueHash
{
    public static string Compute(string headerValue)
    {
        ArgumentNullException.ThrowIfNull(headerValue);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(headerValue)));
    }

    public static bool Verify(string candidate, string storedHash) =>
        SecretComparer.FixedTimeEquals(Compute(candidate), storedHash);
}
