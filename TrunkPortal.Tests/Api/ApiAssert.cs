using System.Net;
using System.Text.Json;

namespace TrunkPortal.Tests.Api;

/// <summary>Assertions on the reference's error envelope.</summary>
public static class ApiAssert
{
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string messageId)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("TrunkPortal.", text, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;
        Assert.Equal(["requestError"], root.EnumerateObject().Select(p => p.Name));
        var exception = root.GetProperty("requestError").GetProperty("serviceException");
        Assert.Equal(messageId, exception.GetProperty("messageId").GetString());
        Assert.False(string.IsNullOrWhiteSpace(exception.GetProperty("text").GetString()));
        return exception.Clone();
    }

    public static string Text(JsonElement serviceException) => serviceException.GetProperty("text").GetString()!;

    public static IReadOnlyList<string> Messages(JsonElement serviceException, string path) =>
        [.. serviceException.GetProperty("validationErrors").GetProperty(path).EnumerateArray().Select(e => e.GetString()!)];

    public static IReadOnlyList<string> Keys(JsonElement serviceException) =>
        [.. serviceException.GetProperty("validationErrors").EnumerateObject().Select(p => p.Name)];

    public static IReadOnlyList<string> FieldNames(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
