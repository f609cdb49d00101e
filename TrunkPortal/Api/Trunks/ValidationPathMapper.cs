using System.Text.Json;
using TrunkPortal.Api.Errors;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Api.Trunks;

/// <summary>
/// Renames the domain's <see cref="FieldError"/> paths (TrunkRequest members, "SourceHosts[1]") to the JSON
/// property paths a client sent ("sourceHosts[1]", "authentication.outbound.fqdn").
/// </summary>
public static class ValidationPathMapper
{
    private static readonly Dictionary<string, string> _members = TrunkFields.All
        .Select(f => KeyValuePair.Create(f.Member, f.JsonPath))
        .Append(KeyValuePair.Create(nameof(TrunkRequest.Provider), "provider.type"))
        .ToDictionary(StringComparer.Ordinal);

    public static string ToJsonPath(string memberPath)
    {
        if (string.IsNullOrEmpty(memberPath))
        {
            return "body";
        }

        var end = memberPath.IndexOfAny(['.', '[']);
        var head = end < 0 ? memberPath : memberPath[..end];
        var rest = end < 0 ? "" : memberPath[end..];
        var mapped = _members.TryGetValue(head, out var json) ? json : JsonNamingPolicy.CamelCase.ConvertName(head);
        var tail = string.Join('.', rest.Split('.').Select((part, i) => i == 0 ? part : JsonNamingPolicy.CamelCase.ConvertName(part)));
        return mapped + tail;
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ToValidationErrors(IEnumerable<FieldError> errors) =>
        errors
            .GroupBy(e => ToJsonPath(e.Property), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(e => e.Message).Distinct().ToList(), StringComparer.Ordinal);

    /// <summary>The answer to a failed <see cref="OperationResult{T}"/>: Invalid and Refused are 400, NotFound is 404.</summary>
    public static ApiProblem ToProblem<T>(OperationResult<T> result) => result.Status switch
    {
        OperationStatus.NotFound => ApiProblem.NotFound(result.Message ?? "SIP trunk not found."),
        OperationStatus.Invalid => ApiProblem.BadRequest("Request is invalid.", ToValidationErrors(result.Errors)),
        // The reference declares no 409: a refused action (a limit L1-L5, a status T4) is a 400 whose text is the rule's own message.
        OperationStatus.Refused => ApiProblem.BadRequest(result.Message ?? "The request was refused."),
        _ => ApiProblem.GeneralError(),
    };
}
