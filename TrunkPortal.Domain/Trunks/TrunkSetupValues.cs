namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// A5: the trunk's own values filled into a platform's setup steps. Secrets (header value, passwords) are
/// never part of it: they were shown once at creation (R3), so the steps refer to them instead.
/// </summary>
public sealed record TrunkSetupValues(string TrunkFqdn, string? InboundUsername)
{
    public const string HeaderName = "X-IB-AccessCode";

    /// <summary>ElevenLabs sends calls to the trunk FQDN on this port, over TLS.</summary>
    public const int ElevenLabsPort = 5071;

    public string Username => string.IsNullOrWhiteSpace(InboundUsername)
        ? "the inbound DIGEST username of this trunk"
        : InboundUsername;
}
