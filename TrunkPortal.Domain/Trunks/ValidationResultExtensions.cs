using FluentValidation;
using FluentValidation.Results;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// FluentValidation counts warnings (P1's Account SID check) in <c>IsValid</c>; a request with only warnings
/// is still accepted, so callers decide with these.
/// </summary>
public static class ValidationResultExtensions
{
    public static bool HasBlockingErrors(this ValidationResult result) =>
        result.Errors.Any(e => e.Severity == Severity.Error);

    public static IReadOnlyList<ValidationFailure> Warnings(this ValidationResult result) =>
        result.Errors.Where(e => e.Severity == Severity.Warning).ToList();
}
