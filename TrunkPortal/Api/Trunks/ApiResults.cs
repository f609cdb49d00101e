using System.Text.Json;
using TrunkPortal.Api.Json;

namespace TrunkPortal.Api.Trunks;

/// <summary>Success answers written with the API's JSON conventions; secrets are marked not to be cached.</summary>
public static class ApiResults
{
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) => Results.Json(value, ApiJson.Options, statusCode: status);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, ApiJson.Options);

    /// <summary>A pre-serialised answer (create, and its idempotent replay), never stored by caches: it may hold a secret.</summary>
    public static IResult Raw(HttpContext context, string json, int status)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(json, "application/json; charset=utf-8", statusCode: status);
    }
}
