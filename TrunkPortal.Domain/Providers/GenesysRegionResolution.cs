using System.Diagnostics.CodeAnalysis;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Providers;

/// <summary>The Genesys region found for what a person typed, or why none was found and what is accepted (P2).</summary>
public sealed record GenesysRegionResolution
{
    private GenesysRegionResolution(GenesysRegion? region, string? error)
    {
        Region = region;
        Error = error;
    }

    public GenesysRegion? Region { get; }

    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Region))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Region is not null;

    public static GenesysRegionResolution Found(GenesysRegion region) => new(region, null);

    public static GenesysRegionResolution NotFound(string error) => new(null, error);
}
