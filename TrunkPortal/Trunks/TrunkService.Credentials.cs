using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Credentials;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

internal sealed partial class TrunkService
{
    public async Task<OperationResult<IssuedSecrets>> ResetCredentialsAsync(Actor actor, Guid accountId, Guid trunkId, CancellationToken cancellationToken = default)
    {
        IssuedSecrets? secrets = null;
        var result = await ChangeStatusAsync(actor, accountId, trunkId, AuditActions.TrunkResetCredentials, (trunk, now) =>
        {
            TrunkStateMachine.ResetCredentials(trunk.ToStatus(), trunk.Type);
            secrets = IssueCredentials(trunk, headerValue: null, now, actor);
            // G2: the new HA1 reaches the edge at once (EdgeSyncInterceptor), which drops what registered with the old one.
            trunk.Version = Guid.NewGuid();
        }, cancellationToken, alwaysSave: true, changes: trunk => SecretChanges(trunk.Type));
        return result.Succeeded ? OperationResult<IssuedSecrets>.Success(secrets!) : result.As<IssuedSecrets>();
    }

    /// <summary>G1, A2-A4: generates the trunk's secrets, stores only hashes or ciphertext (R3), returns them once.</summary>
    private IssuedSecrets? IssueCredentials(TrunkEntity trunk, string? headerValue, DateTimeOffset now, Actor? actor)
    {
        switch (trunk.Type)
        {
            case TrunkType.Registered:
                var registered = trunk.Username is null ? credentials.IssueRegistered() : credentials.ResetRegistered(trunk.Username);
                trunk.Username = registered.Stored.Username;
                trunk.PasswordHa1 = registered.Stored.PasswordHa1;
                MarkReset(trunk, now, actor);
                return new IssuedSecrets
                {
                    Type = TrunkType.Registered,
                    Username = registered.Shown.Username,
                    Password = registered.Shown.Password,
                };
            case TrunkType.Authenticated:
                var digest = trunk.DigestAuthenticationEnabled;
                var authenticated = actor is null
                    ? credentials.IssueAuthenticated(headerValue, digest)
                    : credentials.ResetAuthenticated(digest);
                trunk.HeaderValueHash = authenticated.Stored.HeaderValueHash;
                trunk.InboundDigestUsername = authenticated.Stored.InboundDigestUsername;
                trunk.InboundDigestHa1 = authenticated.Stored.InboundDigestHa1;
                trunk.OutboundDigestUsername = authenticated.Stored.OutboundDigestUsername;
                trunk.OutboundDigestPasswordProtected = authenticated.Stored.OutboundDigestPasswordProtected;
                MarkReset(trunk, now, actor);
                return new IssuedSecrets
                {
                    Type = TrunkType.Authenticated,
                    TrunkFqdn = trunk.SbcFqdn,
                    HeaderValue = authenticated.Shown.HeaderValue,
                    DigestAuthenticationEnabled = digest,
                    InboundDigestUsername = authenticated.Shown.InboundDigestUsername,
                    InboundDigestPassword = authenticated.Shown.InboundDigestPassword,
                    RemoteFqdn = trunk.RemoteFqdn,
                    OutboundDigestUsername = authenticated.Shown.OutboundDigestUsername,
                    OutboundDigestPassword = authenticated.Shown.OutboundDigestPassword,
                };
            case TrunkType.Static:
            case TrunkType.Provider:
                return null;
            default:
                throw new ArgumentOutOfRangeException(nameof(trunk), trunk.Type, "Unknown trunk type.");
        }
    }

    private static void MarkReset(TrunkEntity trunk, DateTimeOffset now, Actor? actor)
    {
        if (actor is not null)
        {
            trunk.CredentialsResetAt = now;
            trunk.CredentialsResetBy = actor.Name;
        }
    }

    private static List<FieldChange> SecretChanges(TrunkType type) => type == TrunkType.Registered
        ? [FieldChange.Secret("Password")]
        : [FieldChange.Secret("HeaderValue"), FieldChange.Secret("InboundDigestPassword"), FieldChange.Secret("OutboundDigestPassword")];
}
