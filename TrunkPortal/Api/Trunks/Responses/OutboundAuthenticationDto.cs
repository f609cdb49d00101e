namespace TrunkPortal.Api.Trunks.Responses;

public sealed record OutboundAuthenticationDto(string? Fqdn);
