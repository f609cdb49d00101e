namespace TrunkPortal.Api.Trunks.Responses;

public sealed record FreshworksProviderResponse : ProviderResponse
{
    public string? AccountSid { get; init; }

    public string? SipDomain { get; init; }
}
