using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class LocationValidatorTests
{
    private static TestValidationResult<TrunkRequest> Validate(TrunkRequest request, string? editedTrunkId = null) =>
        new LocationValidator(TestCatalog.Context(editedTrunkId: editedTrunkId)).TestValidate(request);

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldRefuseADataCenterNotInTheCatalog_ListingTheOffer()
    {
        var request = TestRequests.Static();
        request.Location = "ATLANTIS";

        Validate(request).ShouldHaveValidationErrorFor(x => x.Location)
            .WithErrorMessage("'ATLANTIS' is not one of our data centers; choose one of: FRANKFURT, NEW_YORK, PORTLAND, SAO_PAULO.");
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Validate_ShouldAcceptNoLocation_SoTheDefaultCanBeChosen()
    {
        var request = TestRequests.Static();
        request.Location = null;

        Validate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "U1")]
    [InlineData("NEW_YORK")]
    [InlineData("PORTLAND")]
    public void Validate_ShouldAskToCreateAServiceAddressFirst_WhenDataCenterIsInTheUs(string location)
    {
        var request = TestRequests.Static();
        request.Location = location;

        var result = Validate(request);

        result.ShouldHaveValidationErrorFor(x => x.BillingPackage.AddressId);
        Assert.Contains("is a US data center, so the trunk needs a service address: create a service address first",
            result.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldAccept_WhenUsTrunkNamesOneOfTheAccountsServiceAddresses()
    {
        var request = TestRequests.Static();
        request.Location = "NEW_YORK";
        request.BillingPackage.AddressId = TestCatalog.ServiceAddressId;

        Validate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldRefuseAnAddressIdTheAccountDoesNotHave()
    {
        var request = TestRequests.Static();
        request.Location = "NEW_YORK";
        request.BillingPackage.AddressId = "someone-elses";

        Validate(request).ShouldHaveValidationErrorFor(x => x.BillingPackage.AddressId)
            .WithErrorMessage("Service address 'someone-elses' is not one of your service addresses; choose one of yours, " +
                "or create a service address first.");
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldNotAskForAnAddress_WhenDataCenterIsOutsideTheUs()
    {
        Validate(TestRequests.Static()).ShouldNotHaveValidationErrorFor(x => x.BillingPackage.AddressId);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldNotRecheckTheAddress_WhenEditing()
    {
        var request = TestRequests.Static();
        request.Location = "NEW_YORK";

        Validate(request, editedTrunkId: "t-1").ShouldNotHaveValidationErrorFor(x => x.BillingPackage.AddressId);
    }
}
