using FluentValidation;
using FluentValidation.Results;

namespace TrunkPortal.Domain.Catalog;

/// <summary>
/// Rule N4: the catalog is configuration, so a malformed one must stop the app at start-up. Every message
/// starts with the bad key in configuration-path form (e.g. <c>Catalog:DataCenters:3:StaticSbcIp</c>) so the
/// operator knows which line of appsettings.json to fix.
/// </summary>
public sealed class PortalCatalogValidator : AbstractValidator<PortalCatalog>
{
    public PortalCatalogValidator()
    {
        RuleFor(c => c.DataCenters)
            .NotEmpty()
            .WithMessage("no data center is configured; list at least one, each with its code, name and SBC addresses.");
        RuleForEach(c => c.DataCenters).SetValidator((catalog, _) => new DataCenterValidator(catalog));
        RuleForEach(c => c.RegionPairs).SetValidator((catalog, _) => new RegionPairValidator(catalog));
        RuleFor(c => c.FqdnSuffix)
            .Must(CatalogFormats.IsHostName)
            .WithMessage(c => $"'{c.FqdnSuffix}' is not a domain name; write a lower-case name such as sip.voice.infobip.com.");
        RuleFor(c => c.DefaultLimits).SetValidator(new AccountLimitsValidator());
        RuleFor(c => c.LegacyCutoffDate)
            .NotEqual(default(DateOnly))
            .WithMessage("the legacy cut-off date is not set; write it as yyyy-MM-dd, e.g. 2026-04-13.");
        RuleForEach(c => c.GenesysLoginUrls).SetValidator(new GenesysLoginUrlValidator());
        RuleFor(c => c.DefaultDataCenters).SetValidator(catalog => new DefaultDataCentersValidator(catalog));
    }

    public override ValidationResult Validate(ValidationContext<PortalCatalog> context) =>
        NameKeys(base.Validate(context));

    public override async Task<ValidationResult> ValidateAsync(
        ValidationContext<PortalCatalog> context, CancellationToken cancellation = default) =>
        NameKeys(await base.ValidateAsync(context, cancellation).ConfigureAwait(false));

    private static ValidationResult NameKeys(ValidationResult result)
    {
        foreach (var failure in result.Errors)
        {
            failure.ErrorMessage = $"{CatalogFormats.ConfigurationPath(failure.PropertyName)}: {failure.ErrorMessage}";
        }
        return result;
    }
}
