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

    public string Name
    {
        get;
        set
        {
            field = value;
            NameKey = TrunkNames.Key(value);
        }
    } = "";

    /// <summary>
    /// F3's comparison key of <see cref="Name"/> (<see cref="TrunkNames.Key"/>), kept by Name's setter so every writer
    /// keeps it right: the unique index and the support search compare it, the same on SQLite and PostgreSQL. Null
    /// only on a SQLite row from before the key existed that NameKeyBackfill could not fill (a live duplicate by key).
    /// </summary>
    public string? NameKey { get; private set; } = "";

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

    /// <summary>
    /// The portal instance (<c>PortalInstance.Id</c>) whose provisioner claimed the due action or sync; null when
    /// unclaimed. With <see cref="ClaimedUntil"/> a lease: another instance takes the trunk over once it expires.
    /// </summary>
    public string? ClaimedBy { get; set; }

    /// <summary>Until when <see cref="ClaimedBy"/>'s claim holds (renewed while it works); null when unclaimed.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }

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

    /// <summary>The stored settings, with the fields the trunk's kind lacks (F1) null.</summary>
    public TrunkSettings ReadSettings()
    {
        var settings = new TrunkRequest();
        foreach (var column in _settingsColumns)
        {
            column.Read(this, settings);
        }
        FieldMatrix.ClearInapplicable(settings);
        return TrunkSettings.From(settings);
    }

    /// <summary>Writes every settings column from <paramref name="s"/> (defaults already applied).</summary>
    public void WriteSettings(TrunkRequest s)
    {
        foreach (var column in _settingsColumns)
        {
            column.Write(this, s);
        }
    }

    // The settings columns, one binding per column: how it is read into the settings and written from a request whose
    // defaults are applied. No rule lives here; F1's "the kind lacks it" is applied after reading
    // (FieldMatrix.ClearInapplicable), so a column is read whatever the kind. A new settings column adds its line here.
    private sealed record Column(Action<TrunkEntity, TrunkRequest> Read, Action<TrunkEntity, TrunkRequest> Write);

    private static readonly Column[] _settingsColumns =
    [
        new((t, r) => r.Type = t.Type, (t, s) => t.Type = s.Type),
        new((t, r) => r.Provider = t.Provider, (t, s) => t.Provider = s.Type == TrunkType.Provider ? s.Provider : null),
        new((t, r) => r.Name = t.Name, (t, s) => t.Name = s.Name.Trim()),
        new((t, r) => r.Location = t.Location, (t, s) => t.Location = s.Location ?? t.Location),
        new((t, r) => r.InternationalCallsAllowed = t.InternationalCallsAllowed, (t, s) => t.InternationalCallsAllowed = s.InternationalCallsAllowed ?? false),
        new((t, r) => r.ChannelLimit = t.ChannelLimit, (t, s) => t.ChannelLimit = s.ChannelLimit ?? t.ChannelLimit),
        new((t, r) => r.BillingPackage.PackageType = t.PackageType, (t, s) => t.PackageType = s.BillingPackage.PackageType ?? t.PackageType),
        new((t, r) => r.BillingPackage.CountryCode = t.PackageCountryCode, (t, s) => t.PackageCountryCode = s.BillingPackage.CountryCode),
        new((t, r) => r.BillingPackage.AddressId = t.ServiceAddressId, (t, s) => t.ServiceAddressId = s.BillingPackage.AddressId),
        new((t, r) => r.Tls = t.Tls, (t, s) => t.Tls = FieldMatrix.IsTlsAlwaysOn(s.Kind) || (s.Tls ?? false)),
        new((t, r) => r.Codecs = [.. t.Codecs], (t, s) => t.Codecs = s.Codecs is null ? [] : [.. s.Codecs]),
        new((t, r) => r.Dtmf = t.Dtmf, (t, s) => t.Dtmf = s.Dtmf),
        new((t, r) => r.Fax = t.Fax, (t, s) => t.Fax = s.Fax),
        new((t, r) => r.NumberFormat = t.NumberFormat, (t, s) => t.NumberFormat = s.NumberFormat),
        new((t, r) => r.Anonymization = t.Anonymization, (t, s) => t.Anonymization = s.Anonymization),
        new((t, r) => r.SipOptionsEnabled = t.SipOptionsEnabled, (t, s) => t.SipOptionsEnabled = s.SipOptionsEnabled ?? false),
        new((t, r) => r.InviteAuthentication = t.InviteAuthentication, (t, s) => t.InviteAuthentication = s.InviteAuthentication ?? false),
        new((t, r) => r.SourceHosts = [.. t.SourceHosts], (t, s) => t.SourceHosts = s.SourceHosts is null ? [] : [.. s.SourceHosts]),
        new((t, r) => r.DestinationHosts = [.. t.DestinationHosts], (t, s) => t.DestinationHosts = s.DestinationHosts is null ? [] : [.. s.DestinationHosts]),
        new((t, r) => r.Strategy = t.Strategy, (t, s) => t.Strategy = s.Strategy),
        new((t, r) => r.DigestAuthenticationEnabled = t.DigestAuthenticationEnabled, (t, s) => t.DigestAuthenticationEnabled = s.DigestAuthenticationEnabled ?? false),
        new((t, r) => r.RemoteFqdn = t.RemoteFqdn, (t, s) => t.RemoteFqdn = s.RemoteFqdn),
        new((t, r) => r.AccountSid = t.AccountSid, (t, s) => t.AccountSid = s.AccountSid),
        new((t, r) => r.SipDomain = t.SipDomain, (t, s) => t.SipDomain = s.SipDomain),
        new((t, r) => r.GenesysRegion = t.GenesysRegion, (t, s) => t.GenesysRegion = s.GenesysRegion),
        new((t, r) => r.CiscoUuid = t.CiscoUuid, (t, s) => t.CiscoUuid = s.CiscoUuid),
        new((t, r) => r.ProjectId = t.ProjectId, (t, s) => t.ProjectId = s.ProjectId),
    ];
}
