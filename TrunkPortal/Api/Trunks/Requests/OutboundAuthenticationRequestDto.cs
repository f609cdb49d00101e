namespace TrunkPortal.Api.Trunks.Requests;

/// <summary>SipTrunkOutboundAuthentication: the remote platform's FQDN (rule A1).</summary>
public sealed class OutboundAuthenticationRequestDto
{
    public string? Fqdn { get; init; }
}
