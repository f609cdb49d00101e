using FluentValidation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrunkPortal.Auditing;
using TrunkPortal.Domain.ServiceAddresses;

namespace TrunkPortal.ServiceAddresses;

public static class ServiceAddressServiceCollectionExtensions
{
    /// <summary>The ISO 3166 catalog (loaded once), the domain validator and the service. Needs TimeProvider and the DbContext factory.</summary>
    public static IServiceCollection AddServiceAddresses(this IServiceCollection services)
    {
        services.AddSingleton<ICountryCatalog, Iso3166CountryCatalog>();
        services.AddSingleton<ServiceAddressValidator>();
        services.AddSingleton<IValidator<ServiceAddressRequest>>(sp => sp.GetRequiredService<ServiceAddressValidator>());
        services.TryAddSingleton<AuditLog>();
        services.AddScoped<ServiceAddressService>();
        return services;
    }
}
