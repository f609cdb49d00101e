namespace TrunkPortal.Seeding;

internal static class SeedingExtensions
{
    public static IServiceCollection AddDemoDataSeeder(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SeedOptions>(configuration.GetSection(SeedOptions.SectionName));
        services.AddScoped<DemoDataSeeder>();
        return services;
    }

    /// <summary>Runs <see cref="DemoDataSeeder"/> in its own scope; call after the database is migrated.</summary>
    public static async Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
    }
}
