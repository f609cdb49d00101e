using TrunkPortal.Api.Errors;

namespace TrunkPortal.Api.Json;

/// <summary>A request body as read: the value and the hash of its canonical form, or the problem to answer.</summary>
public sealed record JsonBody<T>(T? Value, string Hash, ApiProblem? Problem)
    where T : class;
