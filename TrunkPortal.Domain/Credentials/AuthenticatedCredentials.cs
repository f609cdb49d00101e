namespace TrunkPortal.Domain.Credentials;

/// <summary>
/// A2, A3, A4, R3: an authenticated trunk's credentials in clear, for the create or reset answer only. Never
/// store it. The inbound DIGEST pair exists only when DIGEST authentication is on.
/// </summary>
public sealed record AuthenticatedCredentials(
    string HeaderValue,
    string? InboundDigestUsername,
    string? InboundDigestPassword,
    string OutboundDigestUsername,
    string OutboundDigestPassword)
{
    public override string ToString() =>
        $"AuthenticatedCredentials {{ HeaderValue = {SecretMask.Hidden}, InboundDigestUsername = {InboundDigestUsername ?? "null"}, "
        + $"InboundDigestPassword = {SecretMask.Optional(InboundDigestPassword)}, OutboundDigestUsername = {OutboundDigestUsername}, "
        + $"OutboundDigestPassword = {SecretMask.Hidden} }}";
}
