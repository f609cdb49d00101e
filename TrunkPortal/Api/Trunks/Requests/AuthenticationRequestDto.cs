namespace TrunkPortal.Api.Trunks.Requests;

/// <summary>SipTrunkAuthenticationRequest (AUTHENTICATED trunks).</summary>
public sealed class AuthenticationRequestDto
{
    public InboundAuthenticationRequestDto? Inbound { get; init; }

    public OutboundAuthenticationRequestDto? Outbound { get; init; }
}
