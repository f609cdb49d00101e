using System.Globalization;
using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>Wizard step "Choose plan and options": rules B1, B2 and B3.</summary>
public sealed class PlanStepValidator : AbstractValidator<TrunkRequest>
{
    public const int MinChannels = 1;
    public const int MaxChannels = 1000;

    public PlanStepValidator(TrunkValidationContext context)
    {
        // B1: a plan is required and must be activated on the account (not re-checked on edit: the plan is fixed, F5).
        RuleFor(x => x.BillingPackage.PackageType).Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage("Choose a channel plan: METERED or UNLIMITED.")
            .IsInEnum()
            .WithMessage("The channel plan must be METERED or UNLIMITED.")
            .Must(p => context.IsEdit || context.ActivatedPlans.Contains(p!.Value))
            .WithMessage(x => NotActivatedMessage(x.BillingPackage.PackageType!.Value, context));

        // B2: the channel limit is a whole number from 1 to 1000.
        RuleFor(x => x.ChannelLimit).Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage($"Enter the number of channels: a whole number from {MinChannels} to {MaxChannels}.")
            .InclusiveBetween(MinChannels, MaxChannels)
            .WithMessage(x => $"The number of channels must be a whole number from {MinChannels} to {MaxChannels}; " +
                $"{x.ChannelLimit!.Value.ToString(CultureInfo.InvariantCulture)} is outside that range.");

        // B3: UNLIMITED needs country USA; USA is the only country code accepted at all.
        RuleFor(x => x.BillingPackage.CountryCode)
            .Must(c => c == TrunkValidationContext.UsCountryCode)
            .When(x => x.BillingPackage.PackageType == BillingPackageType.Unlimited)
            .WithMessage("The UNLIMITED plan needs countryCode USA, the only country it is offered in.");

        RuleFor(x => x.BillingPackage.CountryCode)
            .Must(c => string.IsNullOrEmpty(c) || c == TrunkValidationContext.UsCountryCode)
            .When(x => x.BillingPackage.PackageType != BillingPackageType.Unlimited)
            .WithMessage(x => $"countryCode '{x.BillingPackage.CountryCode}' is not supported: USA is the only country code " +
                "accepted, and it is needed only for the UNLIMITED plan; leave it empty for METERED.");
    }

    private static string NotActivatedMessage(BillingPackageType wanted, TrunkValidationContext context)
    {
        var activated = context.ActivatedPlans.Order().Select(ApiNames.Of).ToList();
        var choice = activated.Count == 0
            ? "No channel plan is activated on your account yet."
            : $"Plans you can choose: {ApiNames.List(activated)}.";
        return $"The {ApiNames.Of(wanted)} plan is not activated on your account. {choice} " +
            "To activate a plan, contact your account manager or Support.";
    }
}
