namespace TrunkPortal.Domain.Limits;

/// <summary>An action refused by an account limit; <see cref="DomainException.Code"/> is the limit's rule ID.</summary>
public sealed class LimitExceededException(LimitViolation violation) : DomainException(violation.RuleId, violation.Message)
{
    public LimitViolation Violation { get; } = violation;

    /// <summary>Throws when a check of <see cref="LimitPolicy"/> found a violation.</summary>
    public static void ThrowIf(LimitViolation? violation)
    {
        if (violation is not null)
        {
            throw new LimitExceededException(violation);
        }
    }
}
