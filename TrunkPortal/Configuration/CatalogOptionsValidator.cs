using Microsoft.Extensions.Options;
using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Configuration;

/// <summary>
/// Runs the domain's catalog validator when the options are built (rule N4), so start-up fails on a bad catalog,
/// together with a check for misspelt keys, which binding alone would ignore.
/// </summary>
internal sealed class CatalogOptionsValidator(IConfiguration configuration) : IValidateOptions<PortalCatalog>
{
    private readonly PortalCatalogValidator _validator = new();

    public ValidateOptionsResult Validate(string? name, PortalCatalog options)
    {
        var section = configuration.GetSection(PortalCatalog.SectionName);
        var failures = CatalogConfigurationKeys.Unknown(section, typeof(PortalCatalog))
            .Concat(_validator.Validate(options).Errors.Select(e => e.ErrorMessage))
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
