using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc;
using TrunkPortal.Support;
using TrunkPortal.Trunks;

namespace TrunkPortal.Bench;

/// <summary>
/// What the benchmarks in bench/ need from inside the process: data at scale, the managed heap after a forced
/// full GC, and service-level timings. Mapped only when <c>Bench:Enabled</c> is true outside Production, and
/// answering loopback callers only, so a deployed portal never has them.
/// </summary>
public static class BenchEndpoints
{
    public const string EnabledKey = "Bench:Enabled";

    public static bool IsEnabled(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool>(EnabledKey) && !environment.IsProduction();

    public static WebApplication MapBenchEndpoints(this WebApplication app)
    {
        if (!IsEnabled(app.Configuration, app.Environment))
        {
            return app;
        }

        var group = app.MapGroup("/bench").AllowAnonymous().ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                context.HttpContext.Connection.RemoteIpAddress is { } ip && IPAddress.IsLoopback(ip) ? await next(context) : Results.NotFound());

        group.MapPost("/accounts", async ([FromServices] BenchDataGenerator generator, int count, string prefix, int trunksPerAccount, CancellationToken ct) =>
            Results.Ok(await generator.AddAccountsWithKeysAsync(count, prefix, trunksPerAccount, ct)));
        group.MapPost("/trunks", async ([FromServices] BenchDataGenerator generator, int accounts, int trunksPerAccount, CancellationToken ct) =>
            Results.Ok(await generator.AddAccountsWithTrunksAsync(accounts, trunksPerAccount, ct)));
        group.MapGet("/heap", () => Results.Ok(new { bytes = ForcedFullGcHeapBytes() }));
        group.MapGet("/search", async ([FromServices] SupportSearch search, string term, int runs, CancellationToken ct) =>
            Results.Ok(await TimeAsync(runs, async () => (long)(await search.SearchAsync(term, 0, 20, ct)).Total)));
        group.MapGet("/account-trunks", async ([FromServices] ITrunkService trunks, Guid accountId, int runs, CancellationToken ct) =>
            Results.Ok(await TimeAsync(runs, async () => (await trunks.ListAsync(accountId, null, 0, 20, ct)).TotalResults)));
        return app;
    }

    private static long ForcedFullGcHeapBytes()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>One untimed warm-up call, then <paramref name="runs"/> timed calls; the median and the worst in ms.</summary>
    private static async Task<object> TimeAsync(int runs, Func<Task<long>> call)
    {
        var total = await call();
        var times = new List<double>();
        for (var i = 0; i < Math.Clamp(runs, 1, 1000); i++)
        {
            var watch = Stopwatch.StartNew();
            total = await call();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return new { medianMs = times[times.Count / 2], maxMs = times[^1], total };
    }
}
