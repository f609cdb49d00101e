using Microsoft.Extensions.Options;
using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Configuration;

/// <summary>Runs the domain's catalog validator when the options are built (rule N4), so start-up fails on a bad catalog.</summary>
internal sealed class CatalogOptionsValidator : IValidateOptions<PortalCatalog>
{
    private readonly PortalCatalogValidator _validator = new();

    public ValidateOptionsResult Validate(string? name, PortalCatalog options)
    {
        var result = _validator.Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
    }
}
