namespace TrunkPortal.Api.Errors;

/// <summary><see cref="ValidationErrors"/> maps a JSON property path ("sourceHosts[1]") to its messages; omitted when empty.</summary>
public sealed record ApiServiceException(
    string MessageId,
    string Text,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? ValidationErrors = null);
