using FluentValidation.TestHelper;
using TrunkPortal.Domain.ServiceAddresses;

namespace TrunkPortal.Tests.Domain.ServiceAddresses;

public sealed class ServiceAddressValidatorTests
{
    private readonly ServiceAddressValidator _validator = new(new TestCountryCatalog());

    private static ServiceAddressRequest Valid() => new()
    {
        Name = "Head office",
        Street = "Ulica grada Vukovara 23",
        City = "Zagreb",
        PostCode = "10000",
        Suite = "1030",
        CountryCode = "HRV",
        CountryRegionCode = "HR-01",
    };

    private static ServiceAddressRequest With(string field, string? value)
    {
        var request = Valid();
        typeof(ServiceAddressRequest).GetProperty(field)!.SetValue(request, value);
        return request;
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldPass_WhenAddressIsComplete()
    {
        _validator.TestValidate(Valid()).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData(nameof(ServiceAddressRequest.Name), null)]
    [InlineData(nameof(ServiceAddressRequest.Name), "")]
    [InlineData(nameof(ServiceAddressRequest.Name), "   ")]
    [InlineData(nameof(ServiceAddressRequest.Street), null)]
    [InlineData(nameof(ServiceAddressRequest.Street), "")]
    [InlineData(nameof(ServiceAddressRequest.City), null)]
    [InlineData(nameof(ServiceAddressRequest.City), "")]
    [InlineData(nameof(ServiceAddressRequest.PostCode), null)]
    [InlineData(nameof(ServiceAddressRequest.PostCode), " ")]
    [InlineData(nameof(ServiceAddressRequest.CountryCode), null)]
    [InlineData(nameof(ServiceAddressRequest.CountryCode), "")]
    public void Validate_ShouldRequireField_WhenMissingOrBlank(string field, string? value)
    {
        var result = _validator.TestValidate(With(field, value));

        result.ShouldHaveValidationErrorFor(field).Only();
        Assert.Contains("is required", result.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldSayWhatIsAccepted_WhenCountryIsMissing()
    {
        _validator.TestValidate(With(nameof(ServiceAddressRequest.CountryCode), null))
            .ShouldHaveValidationErrorFor(x => x.CountryCode)
            .WithErrorMessage("Country is required: choose a country, given as an ISO 3166 alpha-3 code such as HRV or USA.");
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldSayWhatToEnter_WhenNameIsMissing()
    {
        _validator.TestValidate(With(nameof(ServiceAddressRequest.Name), null))
            .ShouldHaveValidationErrorFor(x => x.Name)
            .WithErrorMessage("Name is required: enter a name you will recognise, e.g. Head office (up to 128 characters).");
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_ShouldPass_WhenSuiteIsNotGiven(string? suite)
    {
        _validator.TestValidate(With(nameof(ServiceAddressRequest.Suite), suite)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData(nameof(ServiceAddressRequest.Name), 1, 128)]
    [InlineData(nameof(ServiceAddressRequest.Name), 128, 128)]
    [InlineData(nameof(ServiceAddressRequest.Name), 129, 128)]
    [InlineData(nameof(ServiceAddressRequest.Street), 256, 256)]
    [InlineData(nameof(ServiceAddressRequest.Street), 257, 256)]
    [InlineData(nameof(ServiceAddressRequest.City), 128, 128)]
    [InlineData(nameof(ServiceAddressRequest.City), 129, 128)]
    [InlineData(nameof(ServiceAddressRequest.PostCode), 1, 32)]
    [InlineData(nameof(ServiceAddressRequest.PostCode), 32, 32)]
    [InlineData(nameof(ServiceAddressRequest.PostCode), 33, 32)]
    [InlineData(nameof(ServiceAddressRequest.Suite), 64, 64)]
    [InlineData(nameof(ServiceAddressRequest.Suite), 65, 64)]
    public void Validate_ShouldRefuseOnlyAboveMaximumLength_WhenFieldIsLong(string field, int length, int max)
    {
        var result = _validator.TestValidate(With(field, new string('a', length)));

        if (length <= max)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            var error = Assert.Single(result.Errors);
            Assert.Equal(field, error.PropertyName);
            Assert.EndsWith($"is {length} characters long; use at most {max}" + (field == "Suite" ? ", or leave it empty." : "."),
                error.ErrorMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("HR", "Country code 'HR' is not an ISO 3166 alpha-3 code; use three letters such as HRV.")]
    [InlineData("CROATIA", "Country code 'CROATIA' is not an ISO 3166 alpha-3 code; use three letters such as HRV.")]
    [InlineData("XYZ", "Country code 'XYZ' is not a known ISO 3166 alpha-3 code; use three letters such as HRV or USA.")]
    [InlineData("hrv", "Country code 'hrv' must be in capital letters: use HRV.")]
    public void Validate_ShouldRefuseCountry_WhenNotAKnownAlpha3Code(string code, string message)
    {
        var request = With(nameof(ServiceAddressRequest.CountryCode), code);

        var result = _validator.TestValidate(request);

        result.ShouldHaveValidationErrorFor(x => x.CountryCode).WithErrorMessage(message).Only();
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("HRV", "HR-19")]
    [InlineData("USA", "US-CA")]
    [InlineData("GIB", null)]
    [InlineData("GIB", "")]
    public void Validate_ShouldPass_WhenRegionBelongsToCountryOrCountryHasNone(string country, string? region)
    {
        var request = Valid();
        request.CountryCode = country;
        request.CountryRegionCode = region;

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Validate_ShouldRequireRegion_WhenCountryHasRegions(string? region)
    {
        var request = Valid();
        request.CountryRegionCode = region;

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.CountryRegionCode)
            .WithErrorMessage("Region is required for Croatia: choose one of its 2 ISO 3166-2 regions, such as HR-01.")
            .Only();
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("US-CA")]
    [InlineData("HR-99")]
    [InlineData("hr-01")]
    public void Validate_ShouldRefuseRegion_WhenItIsNotOneOfTheCountrysRegions(string region)
    {
        var request = Valid();
        request.CountryRegionCode = region;

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.CountryRegionCode)
            .WithErrorMessage($"Region '{region}' is not a region of Croatia; choose one of its ISO 3166-2 codes, such as HR-01.")
            .Only();
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldRefuseRegion_WhenCountryHasNoRegions()
    {
        var request = Valid();
        request.CountryCode = "GIB";
        request.CountryRegionCode = "GI-01";

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.CountryRegionCode)
            .WithErrorMessage("Gibraltar has no regions; leave the region empty.")
            .Only();
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldReportOnlyTheCountry_WhenCountryIsUnknown()
    {
        var request = Valid();
        request.CountryCode = "HR";
        request.CountryRegionCode = null;

        var result = _validator.TestValidate(request);

        result.ShouldHaveValidationErrorFor(x => x.CountryCode);
        result.ShouldNotHaveValidationErrorFor(x => x.CountryRegionCode);
    }
}
