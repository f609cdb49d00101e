using FluentValidation;
using FluentValidation.Results;

namespace TrunkPortal.Domain.Trunks;

/// <summary>F1: a request may not carry a field its trunk kind does not have; the refusal names the field in API spelling.</summary>
public sealed class FieldApplicabilityValidator : AbstractValidator<TrunkRequest>
{
    public FieldApplicabilityValidator()
    {
        RuleFor(x => x).Custom((request, c) =>
        {
            foreach (var field in Enum.GetValues<TrunkField>())
            {
                if (TrunkFieldAccess.IsGiven(request, field) && !FieldMatrix.Applies(request.Kind, field)
                    && !FieldMatrix.CarriesImpliedValue(request, field))
                {
                    c.AddFailure(new ValidationFailure(
                        TrunkFieldAccess.PropertyName(field), FieldMatrix.NotApplicableMessage(request.Kind, field)));
                }
            }
        });
    }
}
