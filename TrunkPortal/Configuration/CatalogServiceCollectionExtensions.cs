using Microsoft.Extensions.Options;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Configuration;

internal static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Binds the "Catalog" section (rule N4) and validates it at start-up: a malformed catalog stops the app
    /// with messages naming the bad keys. Unknown keys are errors too, so a misspelt setting cannot silently
    /// fall back to a default. Domain services get the plain <see cref="PortalCatalog"/>.
    /// </summary>
    public static IServiceCollection AddPortalCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PortalCatalog>()
            .Bind(configuration.GetSection(PortalCatalog.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PortalCatalog>>(new CatalogOptionsValidator(configuration));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<PortalCatalog>>().Value);
        services.AddSingleton<CatalogLookup>();
        services.AddSingleton<SbcAllocator>();
        services.AddSingleton<LegacyAddressingPolicy>();
        return services;
    }
}
