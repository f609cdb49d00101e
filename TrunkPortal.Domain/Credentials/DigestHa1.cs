using System.Security.Cryptography;
using System.Text;

namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// R3: HA1 = H(username:realm:password) in lower-case hex (RFC 2617 §3.2.2.2, RFC 7616 §3.4.2). Storing HA1
/// instead of the password still lets the platform answer DIGEST challenges, and the clear password is gone.
/// </summary>
public static class DigestHa1
{
    public static string Compute(string username, string realm, string password, DigestAlgorithm algorithm = DigestAlgorithm.Md5)
    {
        ArgumentNullException.ThrowIfNull(username);
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(password);
        var input = Encoding.UTF8.GetBytes($"{username}:{realm}:{password}");
        var hash = algorithm switch
        {
            // MD5 is what RFC 2617 and SIP equipment require for DIGEST; it is not used for anything else here.
#pragma warning disable CA5351
            DigestAlgorithm.Md5 => MD5.HashData(input),
#pragma warning restore CA5351
            DigestAlgorithm.Sha256 => SHA256.HashData(input),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, null),
        };
        return Convert.ToHexStringLower(hash);
    }
}
