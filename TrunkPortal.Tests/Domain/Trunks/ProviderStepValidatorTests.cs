using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class ProviderStepValidatorTests
{
    private readonly ProviderStepValidator _validator = new();

    [Fact]
    [Trait("Rule", "F1")]
    public void Validate_ShouldRequireAProvider_WhenTypeIsProvider()
    {
        var request = new TrunkRequest { Type = TrunkType.Provider };

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.Provider)
            .WithErrorMessage("Choose the provider of a PROVIDER trunk: FRESHWORKS, GENESYS_CLOUD, CISCO_WEBEX or OPENAI_REALTIME.");
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Validate_ShouldRefuseAProvider_WhenTypeIsNotProvider()
    {
        var request = new TrunkRequest { Type = TrunkType.Registered, Provider = ProviderType.Freshworks };

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.Provider)
            .WithErrorMessage("provider applies to PROVIDER trunks only; remove it, or set type to PROVIDER instead of REGISTERED.");
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(TestRequests.AllKinds), MemberType = typeof(TestRequests))]
    public void Validate_ShouldAccept_WhenTypeAndProviderAgree(TrunkKind kind)
    {
        _validator.TestValidate(TestRequests.For(kind)).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Validate_ShouldRefuseAnUnknownType()
    {
        _validator.TestValidate(new TrunkRequest { Type = (TrunkType)42 }).ShouldHaveValidationErrorFor(x => x.Type);
    }
}
