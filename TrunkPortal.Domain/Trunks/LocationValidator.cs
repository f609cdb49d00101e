using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// The data center must be in the catalog (null: rule F6 picks the default elsewhere), and U1: a trunk in a US
/// data center needs one of the account's service addresses.
/// </summary>
internal sealed class LocationValidator : AbstractValidator<TrunkRequest>
{
    public LocationValidator(TrunkValidationContext context)
    {
        RuleFor(x => x.Location)
            .Must(code => code is null || context.FindDataCenter(code) is not null)
            .WithMessage(x => $"'{x.Location}' is not one of our data centers; choose one of: " +
                $"{string.Join(", ", context.Catalog.DataCenters.Select(dc => dc.Code))}.");

        // Location and billing package are fixed at creation (F5), so an edit does not re-check the address.
        When(x => !context.IsEdit, () =>
        {
            RuleFor(x => x.BillingPackage.AddressId)
                .Must(id => !string.IsNullOrWhiteSpace(id))
                .When(x => context.IsUsDataCenter(x.Location))
                .WithMessage(x => $"{DisplayName(context, x.Location)} is a US data center, so the trunk needs a service " +
                    "address: create a service address first, then choose it here.");

            RuleFor(x => x.BillingPackage.AddressId)
                .Must(id => context.ServiceAddressIds.Contains(id!))
                .When(x => !string.IsNullOrWhiteSpace(x.BillingPackage.AddressId))
                .WithMessage(x => $"Service address '{x.BillingPackage.AddressId}' is not one of your service addresses; " +
                    "choose one of yours, or create a service address first.");
        });
    }

    private static string DisplayName(TrunkValidationContext context, string? code) =>
        context.FindDataCenter(code) is { DisplayName.Length: > 0 } dc ? dc.DisplayName : code ?? "";
}
