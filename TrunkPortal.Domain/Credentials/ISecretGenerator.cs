namespace TrunkPortal.Domain.Credentials;

/// <summary>The one source of randomness for credentials, injected so tests can pin what is issued.</summary>
public interface ISecretGenerator
{
    /// <summary>A registration username, UUID-like as in the API (<c>426c8402-691c-11ee-8c99-0242ac120002</c>).</summary>
    string NewUsername();

    /// <summary>A registration or DIGEST password.</summary>
    string NewPassword();

    /// <summary>An X-IB-AccessCode header value.</summary>
    string NewHeaderValue();

    /// <summary>A DIGEST username for an authenticated trunk.</summary>
    string NewDigestUsername();
}
