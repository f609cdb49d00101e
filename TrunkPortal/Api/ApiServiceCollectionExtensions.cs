using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Json;
using Scalar.AspNetCore;
using TrunkPortal.Api.Errors;
using TrunkPortal.Api.Idempotency;
using TrunkPortal.Api.Json;
using TrunkPortal.Api.Keys;
using TrunkPortal.Api.OpenApi;
using TrunkPortal.Api.RateLimiting;
using TrunkPortal.Api.ServiceAddresses;
using TrunkPortal.Api.Trunks;

namespace TrunkPortal.Api;

/// <summary>The REST API's registration: services, the /calls and /portal middleware, and the endpoints.</summary>
public static class ApiServiceCollectionExtensions
{
    public static IServiceCollection AddPortalApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JsonOptions>(options => ApiJson.Configure(options.SerializerOptions));
        services.AddMemoryCache();
        services.AddSingleton<ApiKeyResolver>();
        services.AddScoped<ApiKeyService>();
        services.AddScoped<IdempotencyStore>();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.AddAuthorizationBuilder().AddPolicy(ApiKeyDefaults.Policy, policy =>
            policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireAuthenticatedUser());
        services.AddApiRateLimits(configuration);
        services.AddOpenApi(options => options.AddDocumentTransformer<ApiKeySecurityTransformer>());
        return services;
    }

    /// <summary>
    /// The API's middleware: call it after UseStatusCodePages (it switches them off for API paths) and before
    /// UseAntiforgery. It places authentication and authorization itself, inside the API's error handling (a
    /// failure while checking a key is a 500 in the envelope) and before the rate limiter (partitioned by key).
    /// </summary>
    public static WebApplication UsePortalApi(this WebApplication app)
    {
        app.UseWhen(context => ApiPaths.IsApi(context.Request.Path), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                // Reached only if ApiExceptionHandler declined, which it does not on API paths.
                ExceptionHandler = context => ApiProblem.GeneralError().WriteAsync(context),
            });
            api.UseMiddleware<ApiStatusCodeMiddleware>();
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    public static WebApplication MapPortalApi(this WebApplication app)
    {
        app.MapTrunksApi();
        app.MapPortalTrunksApi();
        app.MapServiceAddressesApi();
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("TrunkPortal API"));
        return app;
    }
}
