using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>The whole request, as the API and the wizard's review step check it: F1 plus every step's rules.</summary>
public sealed class TrunkRequestValidator : AbstractValidator<TrunkRequest>
{
    public TrunkRequestValidator(TrunkValidationContext context)
    {
        Include(new FieldApplicabilityValidator());
        Include(new ProviderStepValidator());
        Include(new PlanStepValidator(context));
        Include(new MainSettingsStepValidator(context));
        Include(new IpConfigurationStepValidator());
    }
}
