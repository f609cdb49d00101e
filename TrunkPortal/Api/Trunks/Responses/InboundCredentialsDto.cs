namespace TrunkPortal.Api.Trunks.Responses;

public sealed record InboundCredentialsDto(string? HeaderValue, bool? DigestAuthenticationEnabled, string? DigestUsername, string? DigestPassword);
