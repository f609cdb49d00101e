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
                var info = TrunkFields.Of(field);
                if (info.IsGiven(request) && !info.AppliesTo(request.Kind) && !info.CarriesImpliedValue(request))
                {
                    c.AddFailure(new ValidationFailure(info.Member, FieldMatrix.NotApplicableMessage(request.Kind, field)));
                }
            }
        });
    }
}
