using System.Globalization;
using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>F3: the trunk name is required, at most 128 characters after trimming, and unique within the account.</summary>
internal sealed class TrunkNameValidator : AbstractValidator<TrunkRequest>
{
    public const int MaxLength = 128;

    public TrunkNameValidator(TrunkValidationContext context)
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithMessage($"Enter a trunk name (at most {MaxLength} characters); it also appears on your invoice.")
            .Must(n => n.Trim().Length <= MaxLength)
            .WithMessage(x => $"The trunk name has {x.Name.Trim().Length.ToString(CultureInfo.InvariantCulture)} characters; " +
                $"use at most {MaxLength}.")
            .Must(n => !context.IsNameTaken(n))
            .WithMessage(x => $"You already have a trunk named '{x.Name.Trim()}'; choose another name " +
                "(names are compared ignoring upper and lower case).");
    }
}
