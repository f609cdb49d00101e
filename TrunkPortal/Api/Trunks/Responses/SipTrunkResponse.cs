using System.Text.Json.Serialization;
using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>SipTrunkResponse (get, list items, update and delete answers): the base fields, then each subtype's own.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(StaticSipTrunkResponse), "STATIC")]
[JsonDerivedType(typeof(RegisteredSipTrunkResponse), "REGISTERED")]
[JsonDerivedType(typeof(ProviderSipTrunkResponse), "PROVIDER")]
[JsonDerivedType(typeof(AuthenticatedSipTrunkResponse), "AUTHENTICATED")]
public abstract record SipTrunkResponse
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Location { get; init; }

    public bool? Tls { get; init; }

    public IReadOnlyList<Codec>? Codecs { get; init; }

    public Dtmf? Dtmf { get; init; }

    public Fax? Fax { get; init; }

    public NumberFormat? NumberFormat { get; init; }

    public bool? InternationalCallsAllowed { get; init; }

    public int? ChannelLimit { get; init; }

    public Anonymization? Anonymization { get; init; }

    public BillingPackageDto? BillingPackage { get; init; }

    public required SbcHostsDto SbcHosts { get; init; }

    public SipOptionsDto? SipOptions { get; init; }
}
