using System.Globalization;
using FluentValidation;
using TrunkPortal.Domain.Text;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// F3: the trunk name is required, at most 128 characters after trimming (as a person counts them: text elements),
/// visible text only (it is printed on invoices), and unique within the account.
/// </summary>
internal sealed class TrunkNameValidator : AbstractValidator<TrunkRequest>
{
    public const int MaxLength = 128;

    public TrunkNameValidator(TrunkValidationContext context)
    {
        RuleFor(x => x.Name).Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n))
            .WithMessage($"Enter a trunk name (at most {MaxLength} characters); it also appears on your invoice.")
            .Must(n => TypedText.Problem(n) is null)
            .WithMessage(x => $"The trunk name {TypedText.Problem(x.Name)}; remove it: names are printed on invoices, so only visible text is accepted.")
            .Must(n => TypedText.VisibleLength(n.Trim()) <= MaxLength)
            .WithMessage(x => $"The trunk name has {TypedText.VisibleLength(x.Name.Trim()).ToString(CultureInfo.InvariantCulture)} characters; " +
                $"use at most {MaxLength}.")
            .Must(n => !context.IsNameTaken(n))
            .WithMessage(x => $"You already have a trunk named '{x.Name.Trim()}'; choose another name " +
                "(names are compared ignoring upper and lower case).");
    }
}
