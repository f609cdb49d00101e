namespace TrunkPortal.Api.Trunks.Responses;

public sealed record OutboundCredentialsDto(string? Fqdn, string? DigestUsername, string? DigestPassword);
