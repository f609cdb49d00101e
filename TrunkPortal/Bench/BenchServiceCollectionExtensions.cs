namespace TrunkPortal.Bench;

/// <summary>Registers the benchmark services; harmless when the endpoints are off (nothing resolves them).</summary>
public static class BenchServiceCollectionExtensions
{
    public static IServiceCollection AddBench(this IServiceCollection services) => services.AddScoped<BenchDataGenerator>();
}
