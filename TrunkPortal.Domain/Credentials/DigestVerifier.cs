namespace TrunkPortal.Domain.Credentials;

/// <summary>R3: checks a password against a stored HA1 without ever keeping the password.</summary>
public static class DigestVerifier
{
    /// <summary>True when <paramref name="candidatePassword"/> gives <paramref name="storedHa1"/> (lower-case hex, as <see cref="DigestHa1"/> writes it).</summary>
    public static bool Verify(string username, string realm, string candidatePassword, string storedHa1,
        DigestAlgorithm algorithm = DigestAlgorithm.Md5) =>
        SecretComparer.FixedTimeEquals(DigestHa1.Compute(username, realm, candidatePassword, algorithm), storedHa1);
}
