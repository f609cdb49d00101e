using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>Wizard step "Choose the SIP trunk provider": the trunk type and, for PROVIDER trunks only, the provider (F1).</summary>
public sealed class ProviderStepValidator : AbstractValidator<TrunkRequest>
{
    // "STATIC, REGISTERED, AUTHENTICATED or PROVIDER" and "FRESHWORKS, GENESYS_CLOUD, CISCO_WEBEX or OPENAI_REALTIME".
    private static readonly string _types = ApiNames.Either(TrunkKinds.All.Select(k => ApiNames.Of(k.Kind.Type)).Distinct());
    private static readonly string _providers = ApiNames.Either(TrunkKinds.All.Where(k => k.Kind.Provider is not null).Select(k => k.ApiName));

    public ProviderStepValidator()
    {
        RuleFor(x => x.Type).IsInEnum()
            .WithMessage($"type must be {_types}.");

        RuleFor(x => x.Provider).Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage($"Choose the provider of a {TrunkKinds.ProviderTypeApiName} trunk: {_providers}.")
            .IsInEnum()
            .WithMessage($"provider must be {_providers}.")
            .When(x => x.Type == TrunkType.Provider);

        RuleFor(x => x.Provider).Null()
            .When(x => x.Type != TrunkType.Provider)
            .WithMessage(x => $"provider applies to PROVIDER trunks only; remove it, or set type to PROVIDER instead of {ApiNames.Of(x.Type)}.");
    }
}
