using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>Carries the header value and both DIGEST credentials, shown once (A4, R3).</summary>
public sealed record CreateAuthenticatedSipTrunkResponse : CreateSipTrunkResponse
{
    public SipTrunkAuthenticationWithCredentialsDto? Authentication { get; init; }

    public bool? Tls { get; init; }

    public IReadOnlyList<Codec>? Codecs { get; init; }

    public Dtmf? Dtmf { get; init; }

    public Fax? Fax { get; init; }

    public NumberFormat? NumberFormat { get; init; }

    public Anonymization? Anonymization { get; init; }
}
