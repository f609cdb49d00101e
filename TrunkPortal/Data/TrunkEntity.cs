using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Data;

/// <summary>
/// A trunk as stored. Settings are columns (lists as primitive collections), so the same model runs on
/// SQLite now and PostgreSQL later. Secrets are stored only as hashes or protected ciphertext (R3).
/// </summary>
public sealed class TrunkEntity
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string Name { get; set; } = "";

    public TrunkType Type { get; set; }

    public ProviderType? Provider { get; set; }

    public string Location { get; set; } = "";

    public int ChannelLimit { get; set; }

    public bool InternationalCallsAllowed { get; set; }

    public BillingPackageType PackageType { get; set; }

    public string? PackageCountryCode { get; set; }

    public string? ServiceAddressId { get; set; }

    public bool Tls { get; set; }

    public List<Codec> Codecs { get; set; } = [];

    public Dtmf? Dtmf { get; set; }

    public Fax? Fax { get; set; }

    public NumberFormat? NumberFormat { get; set; }

    public Anonymization? Anonymization { get; set; }

    public bool SipOptionsEnabled { get; set; }

    public bool InviteAuthentication { get; set; }

    public List<string> SourceHosts { get; set; } = [];

    public List<string> DestinationHosts { get; set; } = [];

    public RoutingStrategy? Strategy { get; set; }

    public bool DigestAuthenticationEnabled { get; set; }

    public string? RemoteFqdn { get; set; }

    public string? AccountSid { get; set; }

    public string? SipDomain { get; set; }

    public GenesysRegion? GenesysRegion { get; set; }

    public string? CiscoUuid { get; set; }

    public string? ProjectId { get; set; }

    // SBC addressing fixed at creation (N1-N3).
    public List<string> SbcPrimary { get; set; } = [];

    public List<string> SbcBackup { get; set; } = [];

    public List<string> SbcSubnets { get; set; } = [];

    public string? SbcFqdn { get; set; }

    public List<string> SrvRecords { get; set; } = [];

    public string? ARecord { get; set; }

    // Credentials: never in clear (R3).
    public string? Username { get; set; }

    public string? PasswordHa1 { get; set; }

    public string? HeaderValueHash { get; set; }

    public string? InboundDigestUsername { get; set; }

    public string? InboundDigestHa1 { get; set; }

    public string? OutboundDigestUsername { get; set; }

    public string? OutboundDigestPasswordProtected { get; set; }

    public DateTimeOffset? CredentialsResetAt { get; set; }

    public string? CredentialsResetBy { get; set; }

    // Status (T1-T3).
    public AdminStatus AdminStatus { get; set; }

    public ActionStatus ActionStatus { get; set; }

    public string? ActionReason { get; set; }

    public RegistrationStatus? RegistrationStatus { get; set; }

    public string? SystemDisabledRootCause { get; set; }

    /// <summary>When the pending action (CREATING, UPDATING, DELETING) is due for the provisioner.</summary>
    public DateTimeOffset? ActionDueAt { get; set; }

    /// <summary>When the pending action was submitted: the SIP edge's apply timeout (E2) counts from here.</summary>
    public DateTimeOffset? ActionStartedAt { get; set; }

    /// <summary>How many times the edge did not answer for the pending action or sync (the retry backoff).</summary>
    public int EdgeAttempts { get; set; }

    /// <summary>
    /// When the trunk's current state must be applied to the SIP edge outside an action: after a credential reset,
    /// an admin status change, a restored edit. Set by <c>EdgeSyncInterceptor</c>, cleared by the provisioner.
    /// </summary>
    public DateTimeOffset? EdgeSyncDueAt { get; set; }

    /// <summary>What the edge last answered when it failed (data center and cause), for support; null once it worked.</summary>
    public string? EdgeLastError { get; set; }

    /// <summary>The settings before a pending edit, as JSON, restored when the edit ends RESET.</summary>
    public string? PreviousSettingsJson { get; set; }

    /// <summary>Support can make the next action end RESET or FAILED on purpose (QA, training).</summary>
    public ActionStatus? ScheduledFault { get; set; }

    public string? ScheduledFaultReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Set while a DELETING action completes; kept for the N1 legacy decision (trunk history).</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Optimistic concurrency token, provider-neutral (PostgreSQL could use xmin instead).</summary>
    public Guid Version { get; set; }
}
