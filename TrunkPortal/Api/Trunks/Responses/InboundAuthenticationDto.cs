namespace TrunkPortal.Api.Trunks.Responses;

public sealed record InboundAuthenticationDto(bool? DigestAuthenticationEnabled);
