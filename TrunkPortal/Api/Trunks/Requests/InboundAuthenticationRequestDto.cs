namespace TrunkPortal.Api.Trunks.Requests;

/// <summary>SipTrunkInboundAuthenticationRequest: headerValue is generated when omitted (rule A3).</summary>
public sealed class InboundAuthenticationRequestDto
{
    public string? HeaderValue { get; init; }

    public bool? DigestAuthenticationEnabled { get; init; }
}
