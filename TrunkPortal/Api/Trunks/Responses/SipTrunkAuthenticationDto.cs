namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>SipTrunkAuthentication: the read form, no secrets.</summary>
public sealed record SipTrunkAuthenticationDto(InboundAuthenticationDto Inbound, OutboundAuthenticationDto Outbound);
