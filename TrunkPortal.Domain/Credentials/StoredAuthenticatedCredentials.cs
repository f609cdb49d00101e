namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// R3: what is kept of an authenticated trunk's credentials. The header value as SHA-256 (the platform only
/// compares it), the inbound DIGEST password as HA1, the outbound one encrypted by <see cref="ISecretProtector"/>
/// because the platform must present it to the remote side.
/// </summary>
public sealed record StoredAuthenticatedCredentials(
    string HeaderValueHash,
    string? InboundDigestUsername,
    string? InboundDigestHa1,
    string OutboundDigestUsername,
    string OutboundDigestPasswordProtected)
{
    public override string ToString() =>
        $"StoredAuthenticatedCredentials {{ HeaderValueHash = {SecretMask.Hidden}, InboundDigestUsername = {InboundDigestUsername ?? "null"}, "
        + $"InboundDigestHa1 = {SecretMask.Optional(InboundDigestHa1)}, OutboundDigestUsername = {OutboundDigestUsername}, "
        + $"OutboundDigestPasswordProtected = {SecretMask.Hidden} }}";
}
