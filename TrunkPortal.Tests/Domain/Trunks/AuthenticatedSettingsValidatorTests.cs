using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class AuthenticatedSettingsValidatorTests
{
    private readonly AuthenticatedSettingsValidator _validator = new();

    private static TrunkRequest Authenticated(string? fqdn = "sip.remote.com:5061", string? headerValue = null)
    {
        var request = TestRequests.For(TrunkKind.Authenticated);
        request.RemoteFqdn = fqdn;
        request.HeaderValue = headerValue;
        return request;
    }

    [Theory]
    [Trait("Rule", "A1")]
    [InlineData(null)]
    [InlineData(" ")]
    public void Validate_ShouldRequireTheRemoteFqdn(string? fqdn)
    {
        _validator.TestValidate(Authenticated(fqdn)).ShouldHaveValidationErrorFor(x => x.RemoteFqdn)
            .WithErrorMessage("Enter the FQDN of the remote platform Infobip sends calls to, with a port if it needs one " +
                "(for example sip.remote.com:5061); for ElevenLabs, Retell AI and Vapi pick the preset.");
    }

    [Theory]
    [Trait("Rule", "A1")]
    [InlineData("sip.remote.com")]
    [InlineData("sip.remote.com:5061")]
    [InlineData("sip.rtc.elevenlabs.io:5061")]
    public void Validate_ShouldAcceptAnFqdnWithOrWithoutPort(string fqdn)
    {
        _validator.TestValidate(Authenticated(fqdn)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "A1")]
    [InlineData("192.0.2.1:5061")]
    [InlineData("sip.remote.com:65536")]
    [InlineData("https://sip.remote.com")]
    public void Validate_ShouldRefuseWhatIsNotAnFqdnWithOptionalPort(string fqdn)
    {
        _validator.TestValidate(Authenticated(fqdn)).ShouldHaveValidationErrorFor(x => x.RemoteFqdn);
    }

    [Theory]
    [Trait("Rule", "A3")]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("abcdefg", false)]
    [InlineData("abcdefgh", true)]
    [InlineData("Ab1!#$%&'*+-.^_`|~", true)]
    [InlineData("has space9", false)]
    [InlineData("naïve-value", false)]
    public void Validate_ShouldAcceptAHeaderValueOf8To128PrintableCharacters(string? headerValue, bool accepted)
    {
        var result = _validator.TestValidate(Authenticated(headerValue: headerValue));

        Assert.Equal(accepted, !result.Errors.Any(e => e.PropertyName == nameof(TrunkRequest.HeaderValue)));
    }

    [Theory]
    [Trait("Rule", "A3")]
    [InlineData(128, true)]
    [InlineData(129, false)]
    public void Validate_ShouldLimitTheHeaderValueTo128Characters(int length, bool accepted)
    {
        var result = _validator.TestValidate(Authenticated(headerValue: new string('k', length)));

        Assert.Equal(accepted, result.IsValid);
    }

    [Fact]
    [Trait("Rule", "A1")]
    public void Validate_ShouldIgnoreOtherKinds()
    {
        _validator.TestValidate(TestRequests.Static()).ShouldNotHaveAnyValidationErrors();
    }
}
