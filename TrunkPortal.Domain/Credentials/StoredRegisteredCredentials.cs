namespace TrunkPortal.Domain.Credentials;

/// <summary>R3: what is kept of a registered trunk's credentials: the username and HA1 of the password.</summary>
public sealed record StoredRegisteredCredentials(string Username, string PasswordHa1)
{
    // HA1 answers DIGEST challenges for its realm as well as the password would: it stays out of logs too.
    public override string ToString() => $"StoredRegisteredCredentials {{ Username = {Username}, PasswordHa1 = {SecretMask.Hidden} }}";
}
