using FluentValidation;

namespace TrunkPortal.Domain.Catalog;

/// <summary>A failover pair (rules N1, N3): two different known data centers, each in no other pair.</summary>
internal sealed class RegionPairValidator : AbstractValidator<RegionPair>
{
    public RegionPairValidator(PortalCatalog catalog)
    {
        var codes = catalog.DataCenters.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var known = string.Join(", ", codes);

        RuleFor(p => p.Name).NotEmpty().WithMessage("a pair needs a name, e.g. \"Europe\".");
        RuleFor(p => p.Primary)
            .Must(codes.Contains)
            .WithMessage(p => $"'{p.Primary}' is not a data center of the catalog; use one of {known}.")
            .Must(code => InOnePair(catalog, code))
            .WithMessage(p => $"{p.Primary} is in more than one region pair; a data center can fail over to one partner only.");
        RuleFor(p => p.Secondary)
            .Must(codes.Contains)
            .WithMessage(p => $"'{p.Secondary}' is not a data center of the catalog; use one of {known}.")
            .NotEqual(p => p.Primary)
            .WithMessage(p => $"{p.Secondary} cannot fail over to itself; name two different data centers.")
            .Must(code => InOnePair(catalog, code))
            .WithMessage(p => $"{p.Secondary} is in more than one region pair; a data center can fail over to one partner only.");
    }

    private static bool InOnePair(PortalCatalog catalog, string code) =>
        catalog.RegionPairs.Count(p => p.Primary == code || p.Secondary == code) <= 1;
}
