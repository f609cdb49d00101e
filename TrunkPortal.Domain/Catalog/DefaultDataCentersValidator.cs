using FluentValidation;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Catalog;

/// <summary>Rule F6's defaults must name data centers of the catalog, keyed by names the code knows.</summary>
internal sealed class DefaultDataCentersValidator : AbstractValidator<DefaultDataCenters>
{
    public DefaultDataCentersValidator(PortalCatalog catalog)
    {
        var codes = catalog.DataCenters.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var known = string.Join(", ", codes);
        var kinds = Enum.GetNames<TrunkType>().Concat(Enum.GetNames<ProviderType>()).ToArray();

        RuleFor(d => d.Default)
            .Must(codes.Contains)
            .WithMessage(d => $"'{d.Default}' is not a data center of the catalog; use one of {known}.");
        RuleForEach(d => d.ByKind)
            .OverrideIndexer((_, _, entry, _) => $"[{entry.Key}]")
            .Must(entry => kinds.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
            .WithMessage((_, entry) => $"'{entry.Key}' is not a trunk or provider type; use one of {string.Join(", ", kinds)}.")
            .Must(entry => codes.Contains(entry.Value))
            .WithMessage((_, entry) => $"'{entry.Value}' is not a data center of the catalog; use one of {known}.");
        RuleForEach(d => d.ByGenesysRegion)
            .OverrideIndexer((_, _, entry, _) => $"[{entry.Key}]")
            .Must(entry => codes.Contains(entry.Value))
            .WithMessage((_, entry) => $"'{entry.Value}' is not a data center of the catalog; use one of {known}.");
    }
}
