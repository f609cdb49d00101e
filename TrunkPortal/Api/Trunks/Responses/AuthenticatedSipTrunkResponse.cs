namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>No secret here (R3): only whether DIGEST is on and the remote FQDN.</summary>
public sealed record AuthenticatedSipTrunkResponse : SipTrunkResponse
{
    public SipTrunkAuthenticationDto? Authentication { get; init; }
}
