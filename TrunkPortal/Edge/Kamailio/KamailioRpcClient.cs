using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrunkPortal.Edge.Kamailio;

/// <summary>
/// Kamailio's JSON-RPC over HTTP (modules xhttp + jsonrpcs): POST {"jsonrpc":"2.0","method":...} to /RPC.
/// A transport failure or timeout throws <see cref="SipEdgeUnavailableException"/>; a JSON-RPC error answer
/// throws <see cref="KamailioRpcException"/> with Kamailio's code and text (the caller decides what it means).
/// </summary>
internal sealed class KamailioRpcClient(HttpClient http, Uri endpoint, string describe, TimeSpan defaultTimeout)
{
    private int _nextId;

    /// <summary>Calls <paramref name="method"/>; parameters are strings or numbers, as the method's signature wants.</summary>
    public async Task<JsonElement> CallAsync(string method, IReadOnlyList<JsonNode> parameters, CancellationToken cancellationToken, TimeSpan? timeoutOverride = null)
    {
        var timeout = timeoutOverride ?? defaultTimeout;
        var request = new JsonObject
        {
            ["jsonrpc"] = "2.0",
            ["method"] = method,
            ["params"] = new JsonArray([.. parameters.Select(p => p.DeepClone())]),
            ["id"] = Interlocked.Increment(ref _nextId),
        };
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        JsonElement answer;
        try
        {
            // A body with a Content-Length: Kamailio's xhttp does not read chunked requests.
            using var content = new StringContent(request.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(endpoint, content, cts.Token);
            // Some errors come with an HTTP error status and a JSON-RPC error body (dispatcher.list: 500 "No Destination Sets").
            if (!response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) != true)
            {
                response.EnsureSuccessStatusCode();
            }
            answer = await response.Content.ReadFromJsonAsync<JsonElement>(cts.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SipEdgeUnavailableException($"{describe} did not answer within {timeout.TotalSeconds:0.#} s ({method}).");
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException)
        {
            throw new SipEdgeUnavailableException($"{describe} did not answer ({method}): {ex.Message}", ex);
        }
        if (answer.TryGetProperty("error", out var error))
        {
            throw new KamailioRpcException(
                method,
                error.TryGetProperty("code", out var code) && code.TryGetInt32(out var c) ? c : 0,
                error.TryGetProperty("message", out var message) ? message.GetString() ?? "" : "");
        }
        return answer.TryGetProperty("result", out var result) ? result : default;
    }
}

/// <summary>Kamailio answered, with a JSON-RPC error (e.g. 404 "AOR not found").</summary>
internal sealed class KamailioRpcException(string method, int code, string text)
    : Exception($"Kamailio answered {method} with error {code}: {text}")
{
    public int Code { get; } = code;

    public string Text { get; } = text;
}
