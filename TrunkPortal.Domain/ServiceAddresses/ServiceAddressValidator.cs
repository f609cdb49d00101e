using FluentValidation;
using static TrunkPortal.Domain.ServiceAddresses.ServiceAddressLimits;

namespace TrunkPortal.Domain.ServiceAddresses;

/// <summary>U1 (prerequisite): a service address the US trunk rule can rely on: complete, in a known ISO 3166 country and region.</summary>
public sealed class ServiceAddressValidator : AbstractValidator<ServiceAddressRequest>
{
    private readonly ICountryCatalog _catalog;

    public ServiceAddressValidator(ICountryCatalog catalog)
    {
        _catalog = catalog;

        RequiredText(x => x.Name, "Name", NameMaxLength, "a name you will recognise, e.g. Head office");
        RequiredText(x => x.Street, "Street", StreetMaxLength, "the street and house number");
        RequiredText(x => x.City, "City", CityMaxLength, "the city or town");
        RequiredText(x => x.PostCode, "Post code", PostCodeMaxLength, "the postal or ZIP code");

        RuleFor(x => x.Suite)
            .MaximumLength(SuiteMaxLength)
            .WithMessage(x => $"Suite is {x.Suite!.Length} characters long; use at most {SuiteMaxLength}, or leave it empty.");

        RuleFor(x => x.CountryCode)
            .NotEmpty()
            .WithMessage("Country is required: choose a country, given as an ISO 3166 alpha-3 code such as HRV or USA.")
            .Custom(CheckCountry);

        RuleFor(x => x.CountryRegionCode)
            .Custom(CheckRegion);
    }

    private void RequiredText(
        System.Linq.Expressions.Expression<Func<ServiceAddressRequest, string?>> field, string label, int max, string hint) =>
        RuleFor(field)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .WithMessage($"{label} is required: enter {hint} (up to {max} characters).")
            .MaximumLength(max)
            .WithMessage((_, value) => $"{label} is {value!.Length} characters long; use at most {max}.");

    private void CheckCountry(string? code, ValidationContext<ServiceAddressRequest> context)
    {
        if (string.IsNullOrWhiteSpace(code) || _catalog.FindCountry(code) is not null)
        {
            return;
        }

        var upper = code.ToUpperInvariant();
        var message = _catalog.FindCountry(upper) is not null
            ? $"Country code '{code}' must be in capital letters: use {upper}."
            : code.Length == CountryCodeLength
                ? $"Country code '{code}' is not a known ISO 3166 alpha-3 code; use three letters such as HRV or USA."
                : $"Country code '{code}' is not an ISO 3166 alpha-3 code; use three letters such as HRV.";
        context.AddFailure(message);
    }

    private void CheckRegion(string? regionCode, ValidationContext<ServiceAddressRequest> context)
    {
        var country = string.IsNullOrWhiteSpace(context.InstanceToValidate.CountryCode)
            ? null
            : _catalog.FindCountry(context.InstanceToValidate.CountryCode);
        if (country is null)
        {
            // The country's own error says what to fix; a region cannot be judged without it.
            return;
        }

        var regions = _catalog.RegionsOf(country.Code);
        var isGiven = !string.IsNullOrWhiteSpace(regionCode);
        if (regions.Count == 0)
        {
            if (isGiven)
            {
                context.AddFailure($"{country.Name} has no regions; leave the region empty.");
            }
            return;
        }

        var example = regions[0].Code;
        if (!isGiven)
        {
            context.AddFailure(
                $"Region is required for {country.Name}: choose one of its {regions.Count} ISO 3166-2 regions, such as {example}.");
        }
        else if (!regions.Any(r => string.Equals(r.Code, regionCode, StringComparison.Ordinal)))
        {
            context.AddFailure(
                $"Region '{regionCode}' is not a region of {country.Name}; choose one of its ISO 3166-2 codes, such as {example}.");
        }
    }
}
