namespace TrunkPortal.Domain.Credentials;

/// <summary>R3: what a secret prints as, so string interpolation never puts one into a log.</summary>
internal static class SecretMask
{
    public const string Hidden = "***";

    public static string Optional(string? secret) => secret is null ? "null" : Hidden;
}
