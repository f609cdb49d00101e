using TrunkPortal.Api.Errors;

namespace TrunkPortal.Api.Trunks;

/// <summary>Trunk ids are Guids here; a malformed one answers like an unknown one, 404, so ids reveal nothing (R1).</summary>
public static class TrunkIds
{
    public static Guid? TryParse(string value) => Guid.TryParse(value, out var id) ? id : null;

    public static ApiProblem NotFound() => ApiProblem.NotFound("SIP trunk not found.");
}
