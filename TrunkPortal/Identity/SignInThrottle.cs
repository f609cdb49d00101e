using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace TrunkPortal.Identity;

/// <summary>
/// Sign-in attempts per client address, with the framework's rate limiter (on the sign-in page's POSTs only):
/// guessing, or keeping an admin locked out, costs an attacker time. "SignIn:AttemptsPerMinute", 10 by default.
/// </summary>
public static class SignInThrottle
{
    public const string Policy = "sign-in";

    public const int DefaultAttemptsPerMinute = 10;

    public static IServiceCollection AddSignInThrottle(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("SignIn:AttemptsPerMinute", DefaultAttemptsPerMinute);
        services.Configure<RateLimiterOptions>(options => options.AddPolicy(Policy, context =>
            HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter($"sign-in {context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, perMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("sign-in page")));
        return services;
    }
}
