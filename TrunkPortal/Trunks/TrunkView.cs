using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// A trunk as read back: its settings (<see cref="TrunkSettings"/>, every default applied), its SBC
/// addresses, its status and bookkeeping. Holds no secret (R3): the registration username is not secret.
/// </summary>
public sealed record TrunkView
{
    public required Guid Id { get; init; }

    public required Guid AccountId { get; init; }

    public required TrunkSettings Settings { get; init; }

    public required SbcView Sbc { get; init; }

    public required TrunkStatusView Status { get; init; }

    /// <summary>REGISTERED trunks: the registration username.</summary>
    public string? Username { get; init; }

    /// <summary>AUTHENTICATED trunks: the inbound and outbound DIGEST usernames.</summary>
    public string? InboundDigestUsername { get; init; }

    public string? OutboundDigestUsername { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>When and by whom the credentials were last reset (R2: the admin is told on the trunk page).</summary>
    public DateTimeOffset? CredentialsResetAt { get; init; }

    public string? CredentialsResetBy { get; init; }
}

/// <summary>The SBC addresses of a trunk (N1-N3) in the API's <c>host:port</c> form, plus the FQDN and its DNS records for new accounts.</summary>
public sealed record SbcView
{
    public IReadOnlyList<string> Primary { get; init; } = [];

    public IReadOnlyList<string> Backup { get; init; } = [];

    public IReadOnlyList<string> Subnets { get; init; } = [];

    public string? Fqdn { get; init; }

    /// <summary>One line per record, zone-file style: "_sips._tcp.&lt;fqdn&gt; SRV 10 100 5061 host".</summary>
    public IReadOnlyList<string> SrvRecords { get; init; } = [];

    public string? ARecord { get; init; }
}

public sealed record TrunkPage(IReadOnlyList<TrunkView> Results, int Page, int Size, int TotalPages, long TotalResults);

/// <summary>Secrets issued at creation or reset, shown once and never stored in clear (R3).</summary>
public sealed record IssuedSecrets
{
    public required TrunkType Type { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public string? TrunkFqdn { get; init; }

    public string? HeaderValue { get; init; }

    public bool DigestAuthenticationEnabled { get; init; }

    public string? InboundDigestUsername { get; init; }

    public string? InboundDigestPassword { get; init; }

    public string? RemoteFqdn { get; init; }

    public string? OutboundDigestUsername { get; init; }

    public string? OutboundDigestPassword { get; init; }

    public override string ToString() => $"IssuedSecrets {{ Type = {Type}, Username = {Username}, (secrets hidden) }}";
}

/// <summary>The answer to a create: the trunk, and its secrets (registered and authenticated trunks) shown once.</summary>
public sealed record CreatedTrunk(TrunkView Trunk, IssuedSecrets? Secrets);
