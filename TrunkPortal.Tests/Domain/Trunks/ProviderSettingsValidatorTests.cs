using FluentValidation;
using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class ProviderSettingsValidatorTests
{
    private readonly ProviderSettingsValidator _validator = new(TestCatalog.Context());

    private static TrunkRequest Provider(ProviderType provider) => TestRequests.For(TrunkKind.Of(provider));

    [Theory]
    [Trait("Rule", "P1")]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_ShouldRequireTheAccountSid_ForFreshworks(string? sid)
    {
        var request = Provider(ProviderType.Freshworks);
        request.AccountSid = sid;

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.AccountSid)
            .WithSeverity(Severity.Error);
    }

    [Theory]
    [Trait("Rule", "P1")]
    [InlineData("223344")]
    [InlineData("AC0123456789abcdef0123456789abcde")]
    [InlineData("XX0123456789abcdef0123456789abcdef")]
    public void Validate_ShouldOnlyWarn_WhenAccountSidDoesNotLookLikeTwilios(string sid)
    {
        var request = Provider(ProviderType.Freshworks);
        request.AccountSid = sid;

        var result = _validator.TestValidate(request);

        result.ShouldHaveValidationErrorFor(x => x.AccountSid).WithSeverity(Severity.Warning)
            .WithErrorMessage($"'{sid}' does not look like a Twilio Account SID, which is AC followed by 32 hexadecimal " +
                "characters. Check it; it is accepted as typed.");
        Assert.False(result.HasBlockingErrors());
        Assert.Single(result.Warnings());
    }

    [Fact]
    [Trait("Rule", "P1")]
    public void Validate_ShouldNotWarn_WhenAccountSidLooksLikeTwilios()
    {
        _validator.TestValidate(Provider(ProviderType.Freshworks)).ShouldNotHaveAnyValidationErrors();
    }

    [Theory]
    [Trait("Rule", "P1")]
    [InlineData(null, "Enter the Destination Host")]
    [InlineData("acme.sip.twilio.com:5060", "without a port")]
    [InlineData("sip:acme.sip.twilio.com", "URL")]
    [InlineData("acme..twilio.com", "empty label")]
    public void Validate_ShouldRequireTheSipDomainAsAnFqdn_ForFreshworks(string? sipDomain, string reason)
    {
        var request = Provider(ProviderType.Freshworks);
        request.SipDomain = sipDomain;

        var result = _validator.TestValidate(request);

        result.ShouldHaveValidationErrorFor(x => x.SipDomain).WithSeverity(Severity.Error);
        Assert.Contains(reason, result.Errors.Single().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Validate_ShouldRequireTheRegion_ForGenesys()
    {
        var request = Provider(ProviderType.GenesysCloud);
        request.GenesysRegion = null;

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.GenesysRegion)
            .WithErrorMessage("Choose your Genesys Cloud region, or paste the address you log in to Genesys Cloud with so we can find it.");
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Validate_ShouldRefuseARegionOutsideTheApiEnum()
    {
        var request = Provider(ProviderType.GenesysCloud);
        request.GenesysRegion = (GenesysRegion)99;

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.GenesysRegion);
    }

    [Fact]
    [Trait("Rule", "P3")]
    public void Validate_ShouldRequireTheCiscoOrganizationId()
    {
        var request = Provider(ProviderType.CiscoWebex);
        request.CiscoUuid = "";

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.CiscoUuid);
    }

    [Theory]
    [Trait("Rule", "P3")]
    [InlineData("NEW_YORK", true)]
    [InlineData("PORTLAND", true)]
    [InlineData("FRANKFURT", false)]
    [InlineData("SAO_PAULO", false)]
    public void Validate_ShouldAcceptCiscoWebexInUsDataCentersOnly(string location, bool accepted)
    {
        var request = Provider(ProviderType.CiscoWebex);
        request.Location = location;

        var result = _validator.TestValidate(request);

        if (accepted)
        {
            result.ShouldNotHaveAnyValidationErrors();
        }
        else
        {
            result.ShouldHaveValidationErrorFor(x => x.Location).WithErrorMessage(
                $"Cisco Webex trunks are available in the US only; '{location}' is not a US data center. " +
                "Choose one of: NEW_YORK, PORTLAND.");
        }
    }

    [Theory]
    [Trait("Rule", "P4")]
    [InlineData(null)]
    [InlineData("")]
    public void Validate_ShouldRequireTheProjectId_ForOpenAi(string? projectId)
    {
        var request = Provider(ProviderType.OpenAiRealtime);
        request.ProjectId = projectId;

        _validator.TestValidate(request).ShouldHaveValidationErrorFor(x => x.ProjectId);
    }

    [Theory]
    [Trait("Rule", "P4")]
    [InlineData("FRANKFURT")]
    [InlineData("SAO_PAULO")]
    [InlineData("NEW_YORK")]
    public void Validate_ShouldAcceptOpenAiInAnyDataCenter(string location)
    {
        var request = Provider(ProviderType.OpenAiRealtime);
        request.Location = location;

        _validator.TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }
}
