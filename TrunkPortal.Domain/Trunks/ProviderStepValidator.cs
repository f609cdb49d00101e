using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>Wizard step "Choose the SIP trunk provider": the trunk type and, for PROVIDER trunks only, the provider (F1).</summary>
public sealed class ProviderStepValidator : AbstractValidator<TrunkRequest>
{
    public ProviderStepValidator()
    {
        RuleFor(x => x.Type).IsInEnum()
            .WithMessage("type must be STATIC, REGISTERED, AUTHENTICATED or PROVIDER.");

        RuleFor(x => x.Provider).Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage("Choose the provider of a PROVIDER trunk: FRESHWORKS, GENESYS_CLOUD, CISCO_WEBEX or OPENAI_REALTIME.")
            .IsInEnum()
            .WithMessage("provider must be FRESHWORKS, GENESYS_CLOUD, CISCO_WEBEX or OPENAI_REALTIME.")
            .When(x => x.Type == TrunkType.Provider);

        RuleFor(x => x.Provider).Null()
            .When(x => x.Type != TrunkType.Provider)
            .WithMessage(x => $"provider applies to PROVIDER trunks only; remove it, or set type to PROVIDER instead of {ApiNames.Of(x.Type)}.");
    }
}
