using FluentValidation;
using FluentValidation.Results;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// F1: a request may not carry a field its trunk kind does not have; the refusal names the field in API spelling.
/// Every entry of <see cref="TrunkFields"/> is checked, in <see cref="TrunkField"/> order, so a field without a
/// <see cref="TrunkField"/> member of its own is checked too (last).
/// </summary>
public sealed class FieldApplicabilityValidator : AbstractValidator<TrunkRequest>
{
    private static readonly IReadOnlyList<TrunkFieldInfo> _inRefusalOrder =
        [.. TrunkFields.All.OrderBy(f => f.Field is { } field ? (int)field : int.MaxValue)];

    public FieldApplicabilityValidator()
    {
        RuleFor(x => x).Custom((request, c) =>
        {
            foreach (var info in _inRefusalOrder)
            {
                if (info.IsGiven(request) && !info.AppliesTo(request.Kind) && !info.CarriesImpliedValue(request))
                {
                    c.AddFailure(new ValidationFailure(info.Member, FieldMatrix.NotApplicableMessage(request.Kind, info)));
                }
            }
        });
    }
}
