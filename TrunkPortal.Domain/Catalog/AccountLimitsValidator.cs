using FluentValidation;

namespace TrunkPortal.Domain.Catalog;

/// <summary>Limits L1-L5, as configured by default or set by support for one account: each a positive whole number.</summary>
public sealed class AccountLimitsValidator : AbstractValidator<AccountLimits>
{
    public AccountLimitsValidator()
    {
        RuleFor(l => l.TrunksPerAccount).GreaterThan(0).WithMessage(Positive);
        RuleFor(l => l.TrunksPerDataCenter).GreaterThan(0).WithMessage(Positive);
        RuleFor(l => l.SourceHostsPerTrunk).GreaterThan(0).WithMessage(Positive);
        RuleFor(l => l.DestinationHostsPerTrunk).GreaterThan(0).WithMessage(Positive);
        RuleFor(l => l.DataCentersPerAccount).GreaterThan(0).WithMessage(Positive);
    }

    private static string Positive<T>(AccountLimits limits, T value) =>
        $"{value} is not a usable limit; write a whole number of 1 or more.";
}
