namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>SipTrunkAuthenticationWithCredentials: create and reset answers only.</summary>
public sealed record SipTrunkAuthenticationWithCredentialsDto(InboundCredentialsDto Inbound, OutboundCredentialsDto Outbound);
