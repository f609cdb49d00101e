namespace TrunkPortal.Api.RateLimiting;

/// <summary>
/// Per API key and operation, as the reference's throttling table: 100 requests per second on the "s" endpoints, 100 per
/// minute on the "m" endpoints. Bound from <c>Api:RateLimits</c>; these defaults apply when it is absent.
/// </summary>
public sealed record ApiRateLimitOptions
{
    public const string Section = "Api:RateLimits";

    public int ReadsPerSecond { get; init; } = 100;

    public int WritesPerMinute { get; init; } = 100;
}
