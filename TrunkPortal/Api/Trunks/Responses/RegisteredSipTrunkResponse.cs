namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>Holds the registration username, never the password (R3).</summary>
public sealed record RegisteredSipTrunkResponse : SipTrunkResponse
{
    public string? Username { get; init; }

    public bool? InviteAuthentication { get; init; }
}
