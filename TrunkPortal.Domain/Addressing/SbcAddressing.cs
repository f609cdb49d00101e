namespace TrunkPortal.Domain.Addressing;

/// <summary>
/// What a new trunk's owner configures on their side (rules N1-N3). <see cref="Primary"/>, <see cref="Backup"/>
/// and <see cref="Subnets"/> are the API's <c>sbcHosts</c>; the DNS part is set for FQDN-based accounts only.
/// </summary>
public sealed record SbcAddressing
{
    /// <summary>"host:port" entries, e.g. "62.140.31.124:5060" (legacy) or "&lt;fqdn&gt;:5061" (new accounts).</summary>
    public required IReadOnlyList<string> Primary { get; init; }

    public required IReadOnlyList<string> Backup { get; init; }

    /// <summary>CIDR subnets to allowlist; empty for legacy accounts, which allowlist the IPs above.</summary>
    public required IReadOnlyList<string> Subnets { get; init; }

    /// <summary>The trunk's own FQDN, &lt;trunk id&gt;.&lt;region&gt;.&lt;suffix&gt;; null for legacy accounts.</summary>
    public string? Fqdn { get; init; }

    public IReadOnlyList<SrvRecord> SrvRecords { get; init; } = [];

    public AddressRecord? ARecord { get; init; }

    /// <summary>True when the account keeps static SBC IPs (rule N1).</summary>
    public bool IsLegacy => Fqdn is null;
}
