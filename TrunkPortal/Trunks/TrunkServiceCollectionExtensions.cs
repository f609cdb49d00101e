using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TrunkPortal.Accounts;
using TrunkPortal.Auditing;
using TrunkPortal.Data;
using TrunkPortal.Domain.Credentials;
using TrunkPortal.Support;

namespace TrunkPortal.Trunks;

internal static class TrunkServiceCollectionExtensions
{
    /// <summary>Trunk operations, the provisioner, the status feed, secrets, audit, support and account settings.</summary>
    public static IServiceCollection AddTrunks(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProvisioningOptions>().Bind(configuration.GetSection(ProvisioningOptions.SectionName))
            .Validate(o => o.LeaseSeconds >= 1, "Provisioning:LeaseSeconds must be a whole number of seconds, 1 or more (the default is 30).")
            .Validate(o => o.DelayMs >= 0 && o.SimulatedApplyMs >= 0, "Provisioning:DelayMs and Provisioning:SimulatedApplyMs must be 0 or more milliseconds.")
            .ValidateOnStart();

        services.AddSingleton<ISecretGenerator, SecretGenerator>();
        services.AddSingleton<ISecretProtector, DataProtectionSecretProtector>();
        services.AddSingleton(sp => new CredentialIssuer(
            sp.GetRequiredService<ISecretGenerator>(),
            sp.GetRequiredService<ISecretProtector>(),
            sp.GetRequiredService<IOptions<ProvisioningOptions>>().Value.DigestRealm));
        services.AddSingleton<AccountContextReader>();
        services.AddSingleton<AccountContextQuery>();
        services.AddScoped<Components.Pages.Trunks.Create.WizardDraftStore>();
        services.AddSingleton<TrunkRequestValidation>();

        services.TryAddSingleton<AuditLog>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<ITrunkStatusFeed, InProcessTrunkStatusFeed>();
        // On PostgreSQL the cache starts suspended: PostgresTrunkChanges resumes it once it hears other instances' writes.
        var provider = PortalDatabase.ProviderOf(configuration);
        services.AddSingleton(_ => new AccountTrunkCache(suspended: provider == DatabaseProvider.Postgres));
        if (provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<PostgresTrunkChanges>();
            services.AddHostedService(sp => sp.GetRequiredService<PostgresTrunkChanges>());
        }
        services.AddSingleton<TrunkWriteInterceptor>();
        services.ConfigureDbContext<AppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<TrunkWriteInterceptor>()));
        services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(new SourceHostClaimInterceptor()));
        services.AddSingleton<ProvisioningSignal>();
        services.AddSingleton<ProvisioningClaims>();
        services.AddSingleton<TrunkService>();
        services.AddSingleton<ITrunkService>(sp => sp.GetRequiredService<TrunkService>());
        services.AddSingleton<TrunkHealth>();
        services.AddHostedService<TrunkProvisioner>();

        services.AddSingleton<SupportSearch>();
        services.AddSingleton<SupportOperations>();
        services.AddSingleton<AccountSettingsService>();
        services.AddScoped<ClientConnection>();
        services.AddScoped<IAccountScope, AccountScope>();
        services.AddScoped<IActorProvider, ActorProvider>();
        return services;
    }
}
