using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TrunkPortal.Api.Errors;
using TrunkPortal.Api.Keys;

namespace TrunkPortal.Api.RateLimiting;

/// <summary>The two policies of the throttling table, partitioned by API key and operation; a refusal is 429 in the envelope.</summary>
public static class ApiRateLimits
{
    /// <summary>The reference's "s" endpoints.</summary>
    public const string PerSecond = "api-per-second";

    /// <summary>The reference's "m" endpoints.</summary>
    public const string PerMinute = "api-per-minute";

    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ApiRateLimitOptions>(configuration.GetSection(ApiRateLimitOptions.Section));
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ApiRateLimitOptions>>((options, limits) =>
        {
            options.AddPolicy(PerSecond, context => Partition(context, limits.Value.ReadsPerSecond, TimeSpan.FromSeconds(1)));
            options.AddPolicy(PerMinute, context => Partition(context, limits.Value.WritesPerMinute, TimeSpan.FromMinutes(1)));
            options.OnRejected = OnRejectedAsync;
        });
        services.AddRateLimiter(_ => { });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, int permits, TimeSpan window)
    {
        // Per key and per operation, as the reference counts "100 requests per time unit" for each endpoint: a
        // script polling a trunk's status must not use up its allowance for creating trunks.
        var caller = context.User.FindFirst(ApiKeyDefaults.KeyIdClaim)?.Value ?? "ip:" + context.Connection.RemoteIpAddress;
        var operation = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
        var partition = $"{caller} {context.Request.Method} {operation}";
        return RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits),
            Window = window,
            QueueLimit = 0,
        });
    }

    private static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = "";
        if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
        {
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            wait = $" Retry after {seconds} s.";
        }

        if (!ApiPaths.IsApi(context.Request.Path))
        {
            // A page (the sign-in form): a sentence a person can read, not the API's envelope.
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"Too many sign-in attempts from your address.{wait} Then sign in again.", cancellationToken);
            return;
        }
        await ApiProblem.TooManyRequests("Too many requests: this API key has used its allowance for this operation." + wait).WriteAsync(context);
    }
}
