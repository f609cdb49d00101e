using System.Text.Json;
using TrunkPortal.Api.Json;

namespace TrunkPortal.Api.Trunks;

/// <summary>Success answers written with the API's JSON conventions; secrets are marked not to be cached.</summary>
public static class ApiResults
{
    /// <summary>
    /// Serialised in one piece and sent with a Content-Length: a page of trunks is ~12 KB, which Results.Json would
    /// stream in chunks (chunked transfer encoding, several writes per answer).
    /// </summary>
    public static IResult Json<T>(T value, int status = StatusCodes.Status200OK) =>
        new Utf8JsonResult(JsonSerializer.SerializeToUtf8Bytes(value, ApiJson.Options), status);

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, ApiJson.Options);

    /// <summary>A pre-serialised answer (create, and its idempotent replay), never stored by caches: it may hold a secret.</summary>
    public static IResult Raw(HttpContext context, string json, int status)
    {
        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(json, "application/json; charset=utf-8", statusCode: status);
    }

    private sealed class Utf8JsonResult(byte[] body, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = status;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body).AsTask();
        }
    }
}
