using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>The only answer, with reset-password, that carries the registration password (G1, R3).</summary>
public sealed record CreateRegisteredSipTrunkResponse : CreateSipTrunkResponse
{
    public bool? Tls { get; init; }

    public IReadOnlyList<Codec>? Codecs { get; init; }

    public Dtmf? Dtmf { get; init; }

    public Fax? Fax { get; init; }

    public NumberFormat? NumberFormat { get; init; }

    public Anonymization? Anonymization { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public bool? InviteAuthentication { get; init; }
}
