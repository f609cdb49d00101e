namespace TrunkPortal.Api.Trunks.Requests;

/// <summary>SipOptions of the reference, in requests and responses alike.</summary>
public sealed record SipOptionsDto
{
    public bool? Enabled { get; init; }
}
