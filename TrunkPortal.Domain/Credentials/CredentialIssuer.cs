namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// G1, G2, A2, A3, A4, R3: issues the credentials of registered and authenticated trunks, shown once in clear
/// and stored only as hashes or ciphertext. <paramref name="realm"/> is the platform's DIGEST realm (configuration).
/// </summary>
public sealed class CredentialIssuer(ISecretGenerator generator, ISecretProtector protector, string realm)
{
    public string Realm { get; } = string.IsNullOrWhiteSpace(realm)
        ? throw new ArgumentException("The DIGEST realm must be configured.", nameof(realm))
        : realm;

    /// <summary>G1: a new username and password for a new registered trunk.</summary>
    public IssuedCredentials<RegisteredCredentials, StoredRegisteredCredentials> IssueRegistered() =>
        Registered(generator.NewUsername());

    /// <summary>G2: keeps the username, issues a new password; the old HA1 is replaced, so the old password stops working.</summary>
    public IssuedCredentials<RegisteredCredentials, StoredRegisteredCredentials> ResetRegistered(string existingUsername)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(existingUsername);
        return Registered(existingUsername);
    }

    /// <summary>
    /// A2, A3, A4: the header value given by the user (checked by <see cref="HeaderValuePolicy"/>, used as is) or,
    /// when null or empty, a generated one; inbound DIGEST credentials when DIGEST authentication is on; outbound DIGEST credentials always.
    /// </summary>
    public IssuedCredentials<AuthenticatedCredentials, StoredAuthenticatedCredentials> IssueAuthenticated(
        string? headerValueGiven, bool digestEnabled)
    {
        // An empty field in the wizard means "not given", as null does in the API.
        var given = string.IsNullOrEmpty(headerValueGiven) ? null : headerValueGiven;
        if (given is not null && HeaderValuePolicy.Problem(given) is { } problem)
        {
            throw new DomainException("A3", problem);
        }

        var headerValue = given ?? generator.NewHeaderValue();
        var inboundUsername = digestEnabled ? generator.NewDigestUsername() : null;
        var inboundPassword = digestEnabled ? generator.NewPassword() : null;
        var outboundUsername = generator.NewDigestUsername();
        var outboundPassword = generator.NewPassword();

        var shown = new AuthenticatedCredentials(headerValue, inboundUsername, inboundPassword, outboundUsername, outboundPassword);
        var stored = new StoredAuthenticatedCredentials(
            HeaderValueHash.Compute(headerValue),
            inboundUsername,
            inboundPassword is null ? null : DigestHa1.Compute(inboundUsername!, Realm, inboundPassword),
            outboundUsername,
            protector.Protect(outboundPassword));
        return new(shown, stored);
    }

    /// <summary>A4: regenerates every secret, the header value included, even one the user had chosen.</summary>
    public IssuedCredentials<AuthenticatedCredentials, StoredAuthenticatedCredentials> ResetAuthenticated(bool digestEnabled) =>
        IssueAuthenticated(headerValueGiven: null, digestEnabled);

    private IssuedCredentials<RegisteredCredentials, StoredRegisteredCredentials> Registered(string username)
    {
        var password = generator.NewPassword();
        return new(
            new RegisteredCredentials(username, password),
            new StoredRegisteredCredentials(username, DigestHa1.Compute(username, Realm, password)));
    }
}
