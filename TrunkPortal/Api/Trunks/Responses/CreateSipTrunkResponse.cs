using System.Text.Json.Serialization;
using TrunkPortal.Api.Trunks.Requests;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>CreateSipTrunkResponse (202): the created trunk and, for REGISTERED and AUTHENTICATED, its secrets shown once.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(CreateStaticSipTrunkResponse), "STATIC")]
[JsonDerivedType(typeof(CreateRegisteredSipTrunkResponse), "REGISTERED")]
[JsonDerivedType(typeof(CreateProviderSipTrunkResponse), "PROVIDER")]
[JsonDerivedType(typeof(CreateAuthenticatedSipTrunkResponse), "AUTHENTICATED")]
public abstract record CreateSipTrunkResponse
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Location { get; init; }

    public bool? InternationalCallsAllowed { get; init; }

    public int? ChannelLimit { get; init; }

    public BillingPackageDto? BillingPackage { get; init; }

    public required SbcHostsDto SbcHosts { get; init; }
}
