using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class TrunkRequestValidatorTests
{
    private readonly TrunkRequestValidator _validator = new(TestCatalog.Context());

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(TestRequests.AllKinds), MemberType = typeof(TestRequests))]
    public void Validate_ShouldAcceptAValidRequestOfEveryKind_AfterCreateDefaults(TrunkKind kind)
    {
        var request = TestRequests.For(kind);
        TrunkDefaults.ApplyCreateDefaults(request);

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Validate_ShouldCollectFailuresOfEveryStep()
    {
        var request = TestRequests.Static();
        request.Name = "";
        request.ChannelLimit = 0;
        request.SourceHosts = ["1.2.3"];
        request.InviteAuthentication = true;

        var result = _validator.TestValidate(request);

        result.ShouldHaveValidationErrorFor(x => x.Name);
        result.ShouldHaveValidationErrorFor(x => x.ChannelLimit);
        result.ShouldHaveValidationErrorFor("SourceHosts[0]");
        result.ShouldHaveValidationErrorFor(x => x.InviteAuthentication)
            .WithErrorMessage("inviteAuthentication does not apply to STATIC trunks; it applies to REGISTERED trunks only.");
    }

    [Fact]
    [Trait("Rule", "P1")]
    public void Validate_ShouldNotBlock_WhenOnlyTheAccountSidWarningIsRaised()
    {
        var request = TestRequests.For(TrunkKind.Of(ProviderType.Freshworks));
        request.AccountSid = "223344";

        var result = _validator.Validate(request);

        Assert.False(result.HasBlockingErrors());
        Assert.Equal(nameof(TrunkRequest.AccountSid), Assert.Single(result.Warnings()).PropertyName);
    }

    [Fact]
    [Trait("Rule", "U1")]
    public void Validate_ShouldAskForAServiceAddress_ForAUnlimitedTrunkInNewYorkWithoutOne()
    {
        var request = TestRequests.Static();
        request.Location = "NEW_YORK";
        request.BillingPackage = new BillingPackage { PackageType = BillingPackageType.Unlimited, CountryCode = "USA" };

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.BillingPackage.AddressId)
            .WithErrorMessage("New York is a US data center, so the trunk needs a service address: create a service " +
                "address first, then choose it here.");
    }
}
