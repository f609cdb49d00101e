using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class CodecSettingsValidatorTests
{
    private readonly CodecSettingsValidator _validator = new();

    [Theory]
    [Trait("Rule", "F2")]
    [InlineData(TrunkType.Static)]
    [InlineData(TrunkType.Registered)]
    [InlineData(TrunkType.Authenticated)]
    public void Validate_ShouldRequireAtLeastOneCodec_WhenTheKindHasCodecs(TrunkType type)
    {
        foreach (var codecs in new List<Codec>?[] { null, [] })
        {
            var request = TestRequests.For(new TrunkKind(type));
            request.Codecs = codecs;

            _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.Codecs)
                .WithErrorMessage("Add at least one codec: PCMU, PCMA or G729, in your order of preference.");
        }
    }

    [Fact]
    [Trait("Rule", "F2")]
    public void Validate_ShouldRefuseARepeatedCodec()
    {
        var request = TestRequests.Static();
        request.Codecs = [Codec.G729, Codec.Pcmu, Codec.G729];

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.Codecs)
            .WithErrorMessage("G729 is listed more than once; list each codec once, in your order of preference.");
    }

    [Fact]
    [Trait("Rule", "F2")]
    public void Validate_ShouldRefuseACodecOutsideTheValueSet()
    {
        var request = TestRequests.Static();
        request.Codecs = [Codec.Pcmu, (Codec)7];

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.Codecs)
            .WithErrorMessage("codecs accepts PCMU, PCMA and G729 only.");
    }

    [Fact]
    [Trait("Rule", "F2")]
    public void Validate_ShouldAcceptAllThreeCodecs_InAnyOrder()
    {
        var request = TestRequests.Static();
        request.Codecs = [Codec.G729, Codec.Pcma, Codec.Pcmu];

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
        Assert.Equal([Codec.G729, Codec.Pcma, Codec.Pcmu], request.Codecs);
    }

    [Fact]
    [Trait("Rule", "F2")]
    public void Validate_ShouldNotAskForCodecs_WhenTheKindHasNone()
    {
        _validator.TestValidate(TestRequests.For(TrunkKind.Of(ProviderType.GenesysCloud)))
            .ShouldNotHaveValidationErrorFor(x => x.Codecs);
    }

    [Fact]
    [Trait("Rule", "F2")]
    public void Validate_ShouldRefuseMediaOptionsOutsideTheirValueSets()
    {
        var request = TestRequests.Static();
        request.Dtmf = (Dtmf)9;
        request.Fax = (Fax)9;
        request.NumberFormat = (NumberFormat)9;
        request.Anonymization = (Anonymization)9;

        var result = _validator.TestValidate(request);

        result.ShouldHaveValidationErrorFor(x => x.Dtmf).WithErrorMessage("dtmf must be RFC2833 or INBAND.");
        result.ShouldHaveValidationErrorFor(x => x.Fax).WithErrorMessage("fax must be NONE, INBAND or T38.");
        result.ShouldHaveValidationErrorFor(x => x.NumberFormat);
        result.ShouldHaveValidationErrorFor(x => x.Anonymization);
    }
}
