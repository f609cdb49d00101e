using System.Text.Json;
using TrunkPortal.Api.Errors;

namespace TrunkPortal.Api.Json;

/// <summary>
/// Reads a JSON body itself, rather than through parameter binding, so that every failure becomes a 400 in the
/// envelope naming the JSON property, the offending value and what is accepted. The body is capped.
/// </summary>
public static class JsonBodyReader
{
    public const int MaxBodyBytes = 64 * 1024;

    public const string TooLargeText = "Request body is too large: at most 65536 bytes (64 KB) are accepted.";

    public static async Task<JsonBody<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return Fail<T>(ApiProblem.ForStatus(StatusCodes.Status413PayloadTooLarge));
        }

        var bytes = await ReadCappedAsync(request.Body, cancellationToken);
        if (bytes is null)
        {
            return Fail<T>(ApiProblem.ForStatus(StatusCodes.Status413PayloadTooLarge));
        }

        if (bytes.Length == 0)
        {
            return Fail<T>(ApiProblem.BadRequest("Request body is required: send a JSON object."));
        }

        if (FirstInvalidUtf8Byte(bytes) is { } offset)
        {
            return Fail<T>(ApiProblem.BadRequest(
                $"Request body is not valid UTF-8 (byte {offset + 1} of {bytes.Length}). Send JSON encoded as UTF-8."));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" near line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "";
            return Fail<T>(ApiProblem.BadRequest($"Request body is not valid JSON{where}. Send a JSON object."));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Fail<T>(ApiProblem.BadRequest("Request body must be a JSON object."));
            }

            if (FirstDuplicateProperty(document.RootElement, []) is { } duplicate)
            {
                var name = (string)duplicate[^1];
                return Fail<T>(ApiProblem.Invalid(JsonPath.Format(duplicate),
                    $"\"{name}\" is given twice in the same object; send each property once (the reference takes no repeated keys)."));
            }

            try
            {
                var value = document.RootElement.Deserialize<T>(ApiJson.Options);
                return new JsonBody<T>(value, CanonicalJson.Hash(document.RootElement), null);
            }
            catch (JsonException ex)
            {
                var path = JsonPath.Parse(ex.Path);
                var message = JsonValueDescriber.Describe(typeof(T), path, document.RootElement);
                return Fail<T>(ApiProblem.Invalid(JsonPath.Format(path), message));
            }
        }
    }

    private static int? FirstInvalidUtf8Byte(byte[] bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }
        var span = bytes.AsSpan();
        var offset = 0;
        while (System.Text.Rune.DecodeFromUtf8(span[offset..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            offset += consumed;
        }
        return offset;
    }

    /// <summary>The path of the first property repeated within one object (System.Text.Json would keep the last one).</summary>
    private static IReadOnlyList<object>? FirstDuplicateProperty(JsonElement element, List<object> path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    path.Add(property.Name);
                    if (!seen.Add(property.Name) || FirstDuplicateProperty(property.Value, path) is not null)
                    {
                        return path;
                    }
                    path.RemoveAt(path.Count - 1);
                }
                return null;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    path.Add(index++);
                    if (FirstDuplicateProperty(item, path) is not null)
                    {
                        return path;
                    }
                    path.RemoveAt(path.Count - 1);
                }
                return null;
            default:
                return null;
        }
    }

    private static JsonBody<T> Fail<T>(ApiProblem problem)
        where T : class => new(null, "", problem);

    private static async Task<byte[]?> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
