using TrunkPortal.Api.Errors;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks;

/// <summary>The mapped request, or the 400 to answer when the body names no (or no usable) kind.</summary>
public sealed record TrunkRequestMapping(TrunkRequest? Request, ApiProblem? Problem)
{
    public static TrunkRequestMapping Success(TrunkRequest request) => new(request, null);

    public static TrunkRequestMapping Fail(string path, string message) => new(null, ApiProblem.Invalid(path, message));
}
