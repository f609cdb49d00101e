using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class PlanStepValidatorTests
{
    private static PlanStepValidator Validator(params BillingPackageType[] activated) =>
        new(TestCatalog.Context(activatedPlans: activated.Length == 0 ? null : activated));

    [Fact]
    [Trait("Rule", "B1")]
    public void Validate_ShouldRequireAPlan_WhenNoneChosen()
    {
        var request = TestRequests.Static();
        request.BillingPackage.PackageType = null;

        Validator().TestValidate(request)
            .ShouldHaveValidationErrorFor(x => x.BillingPackage.PackageType)
            .WithErrorMessage("Choose a channel plan: METERED or UNLIMITED.");
    }

    [Fact]
    [Trait("Rule", "B1")]
    public void Validate_ShouldRefuseAndPointToSupport_WhenPlanIsNotActivatedOnTheAccount()
    {
        var request = TestRequests.Static();
        request.BillingPackage = new BillingPackage { PackageType = BillingPackageType.Unlimited, CountryCode = "USA" };

        Validator(BillingPackageType.Metered).TestValidate(request)
            .ShouldHaveValidationErrorFor(x => x.BillingPackage.PackageType)
            .WithErrorMessage("The UNLIMITED plan is not activated on your account. Plans you can choose: METERED. " +
                "To activate a plan, contact your account manager or Support.");
    }

    [Fact]
    [Trait("Rule", "B1")]
    public void Validate_ShouldSayNoPlanIsActivated_WhenAccountHasNone()
    {
        var context = TestCatalog.Context() with { ActivatedPlans = new HashSet<BillingPackageType>() };

        var result = new PlanStepValidator(context).TestValidate(TestRequests.Static());

        result.ShouldHaveValidationErrorFor(x => x.BillingPackage.PackageType);
        Assert.Contains("No channel plan is activated on your account yet", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("contact your account manager or Support", result.Errors[0].ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "B1")]
    public void Validate_ShouldAcceptAnActivatedPlan()
    {
        Validator(BillingPackageType.Metered).TestValidate(TestRequests.Static())
            .ShouldNotHaveValidationErrorFor(x => x.BillingPackage.PackageType);
    }

    [Fact]
    [Trait("Rule", "B1")]
    public void Validate_ShouldNotRecheckActivation_WhenEditingAnExistingTrunk()
    {
        var context = TestCatalog.Context(activatedPlans: [], editedTrunkId: "t-1");

        new PlanStepValidator(context).TestValidate(TestRequests.Static())
            .ShouldNotHaveValidationErrorFor(x => x.BillingPackage.PackageType);
    }

    [Theory]
    [Trait("Rule", "B2")]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(1000, true)]
    [InlineData(1001, false)]
    [InlineData(-5, false)]
    public void Validate_ShouldAcceptChannelLimitsFrom1To1000(int channels, bool accepted)
    {
        var request = TestRequests.Static();
        request.ChannelLimit = channels;

        var result = Validator().TestValidate(request);

        if (accepted)
        {
            result.ShouldNotHaveValidationErrorFor(x => x.ChannelLimit);
        }
        else
        {
            result.ShouldHaveValidationErrorFor(x => x.ChannelLimit)
                .WithErrorMessage($"The number of channels must be a whole number from 1 to 1000; {channels} is outside that range.");
        }
    }

    [Fact]
    [Trait("Rule", "B2")]
    public void Validate_ShouldRequireAChannelLimit_WhenMissing()
    {
        var request = TestRequests.Static();
        request.ChannelLimit = null;

        Validator().TestValidate(request).ShouldHaveValidationErrorFor(x => x.ChannelLimit)
            .WithErrorMessage("Enter the number of channels: a whole number from 1 to 1000.");
    }

    [Theory]
    [Trait("Rule", "B3")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("HRV")]
    [InlineData("usa")]
    public void Validate_ShouldRequireCountryUsa_WhenPlanIsUnlimited(string? countryCode)
    {
        var request = TestRequests.Static();
        request.BillingPackage = new BillingPackage { PackageType = BillingPackageType.Unlimited, CountryCode = countryCode };

        Validator().TestValidate(request).ShouldHaveValidationErrorFor(x => x.BillingPackage.CountryCode)
            .WithErrorMessage("The UNLIMITED plan needs countryCode USA, the only country it is offered in.");
    }

    [Fact]
    [Trait("Rule", "B3")]
    public void Validate_ShouldAcceptUnlimitedWithUsaAndAnAddressId()
    {
        var request = TestRequests.Static();
        request.BillingPackage = new BillingPackage
        {
            PackageType = BillingPackageType.Unlimited,
            CountryCode = "USA",
            AddressId = TestCatalog.ServiceAddressId,
        };

        Validator().TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "B3")]
    [InlineData(null, true)]
    [InlineData("USA", true)]
    [InlineData("DEU", false)]
    public void Validate_ShouldAcceptOnlyUsaOrNoCountry_WhenPlanIsMetered(string? countryCode, bool accepted)
    {
        var request = TestRequests.Static();
        request.BillingPackage.CountryCode = countryCode;

        var result = Validator().TestValidate(request);

        if (accepted)
        {
            result.ShouldNotHaveValidationErrorFor(x => x.BillingPackage.CountryCode);
        }
        else
        {
            result.ShouldHaveValidationErrorFor(x => x.BillingPackage.CountryCode)
                .WithErrorMessage("countryCode 'DEU' is not supported: USA is the only country code accepted, and it is " +
                    "needed only for the UNLIMITED plan; leave it empty for METERED.");
        }
    }
}
