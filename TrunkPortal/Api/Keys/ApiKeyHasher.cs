using System.Security.Cryptography;
using System.Text;

namespace TrunkPortal.Api.Keys;

/// <summary>
/// SHA-256, unsalted, on purpose: a key is 32 random bytes (256 bits), so no dictionary or brute force can reach
/// it and a salt or a slow hash (PBKDF2, bcrypt) would add nothing but cost; an unsalted hash also lets the key
/// be found by an index lookup instead of testing every stored hash.
/// </summary>
public static class ApiKeyHasher
{
    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
