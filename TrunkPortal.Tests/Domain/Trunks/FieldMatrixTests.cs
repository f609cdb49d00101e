using FluentValidation.TestHelper;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public partial class FieldMatrixTests
{
    // rules.md F1, columns: STATIC, REGISTERED, AUTHENTICATED, FRESHWORKS, GENESYS_CLOUD, CISCO_WEBEX, OPENAI_REALTIME.
    private static readonly Dictionary<TrunkField, string> _expected = new()
    {
        [TrunkField.Name] = "YYYYYYY",
        [TrunkField.Location] = "YYYYYYY",
        [TrunkField.ServiceAddress] = "YYYYYYY",
        [TrunkField.InternationalCalls] = "YYYYYYY",
        [TrunkField.Codecs] = "YYYNNNN",
        [TrunkField.Dtmf] = "YYYNNNN",
        [TrunkField.Fax] = "YYYNNNN",
        [TrunkField.NumberFormat] = "YYYNNNN",
        [TrunkField.Anonymization] = "YYYNNNN",
        [TrunkField.Tls] = "YYNNYYY",
        [TrunkField.SipOptions] = "YNNNNNN",
        [TrunkField.InviteAuthentication] = "NYNNNNN",
        [TrunkField.DigestAuthentication] = "NNYNNNN",
        [TrunkField.HeaderValue] = "NNYNNNN",
        [TrunkField.RemoteFqdn] = "NNYNNNN",
        [TrunkField.SourceHosts] = "YNNNNNN",
        [TrunkField.DestinationHosts] = "YNNNNNN",
        [TrunkField.Strategy] = "YNNNNNN",
        [TrunkField.AccountSid] = "NNNYNNN",
        [TrunkField.SipDomain] = "NNNYNNN",
        [TrunkField.GenesysRegion] = "NNNNYNN",
        [TrunkField.CiscoUuid] = "NNNNNYN",
        [TrunkField.ProjectId] = "NNNNNNY",
    };

    private static readonly TrunkKind[] _columns =
    [
        TrunkKind.Static, TrunkKind.Registered, TrunkKind.Authenticated, TrunkKind.Of(ProviderType.Freshworks),
        TrunkKind.Of(ProviderType.GenesysCloud), TrunkKind.Of(ProviderType.CiscoWebex), TrunkKind.Of(ProviderType.OpenAiRealtime),
    ];

    public static TheoryData<TrunkType, ProviderType?, TrunkField, bool> EveryKindAndField()
    {
        var data = new TheoryData<TrunkType, ProviderType?, TrunkField, bool>();
        foreach (var field in Enum.GetValues<TrunkField>())
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                data.Add(_columns[i].Type, _columns[i].Provider, field, _expected[field][i] == 'Y');
            }
        }

        return data;
    }

    public static TheoryData<TrunkType, ProviderType?, TrunkField> EveryMissingField()
    {
        var data = new TheoryData<TrunkType, ProviderType?, TrunkField>();
        foreach (var field in Enum.GetValues<TrunkField>())
        {
            for (var i = 0; i < _columns.Length; i++)
            {
                if (_expected[field][i] == 'N')
                {
                    data.Add(_columns[i].Type, _columns[i].Provider, field);
                }
            }
        }

        return data;
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(EveryKindAndField))]
    public void Applies_ShouldFollowTheSeedMatrix_ForEveryKindAndField(TrunkType type, ProviderType? provider, TrunkField field, bool expected)
    {
        Assert.Equal(expected, FieldMatrix.Applies(new TrunkKind(type, provider), field));
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void AllKinds_ShouldListTheThreeInfobipTypesAndFourProviders()
    {
        Assert.Equal(_columns.OrderBy(k => k.ToString()), FieldMatrix.AllKinds.OrderBy(k => k.ToString()));
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(EveryMissingField))]
    public void FieldApplicabilityValidator_ShouldRefuseAndNameTheField_WhenKindLacksIt(TrunkType type, ProviderType? provider, TrunkField field)
    {
        var kind = new TrunkKind(type, provider);
        var request = TestRequests.For(kind);
        SetAnyValue(request, field);

        var result = new FieldApplicabilityValidator().TestValidate(request);

        var failure = Assert.Single(result.Errors);
        Assert.StartsWith($"{FieldMatrix.ApiName(field)} does not apply to ", failure.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(TestRequests.AllKinds), MemberType = typeof(TestRequests))]
    public void FieldApplicabilityValidator_ShouldAccept_WhenRequestCarriesOnlyItsKindsFields(TrunkKind kind)
    {
        var request = TestRequests.For(kind);
        TrunkDefaults.ApplyCreateDefaults(request);

        new FieldApplicabilityValidator().TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void FieldApplicabilityValidator_ShouldSayWhereSipOptionsApply_WhenSentForARegisteredTrunk()
    {
        var request = TestRequests.For(TrunkKind.Registered);
        request.SipOptionsEnabled = true;

        new FieldApplicabilityValidator().TestValidate(request)
            .ShouldHaveValidationErrorFor(nameof(TrunkRequest.SipOptionsEnabled))
            .WithErrorMessage("sipOptions does not apply to REGISTERED trunks; it applies to STATIC trunks only.");
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void FieldApplicabilityValidator_ShouldSayTlsIsAlwaysOn_WhenSentForAnAuthenticatedTrunk()
    {
        var request = TestRequests.For(TrunkKind.Authenticated);
        request.Tls = true;

        new FieldApplicabilityValidator().TestValidate(request)
            .ShouldHaveValidationErrorFor(nameof(TrunkRequest.Tls))
            .WithErrorMessage("tls does not apply to AUTHENTICATED trunks: they always use TLS, so leave it out.");
        Assert.True(FieldMatrix.IsTlsAlwaysOn(TrunkKind.Authenticated));
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void FieldApplicabilityValidator_ShouldListEveryKindWithTls_WhenTlsIsTurnedOnForAFreshworksTrunk()
    {
        var request = TestRequests.For(TrunkKind.Of(ProviderType.Freshworks));
        request.Tls = true;

        new FieldApplicabilityValidator().TestValidate(request)
            .ShouldHaveValidationErrorFor(nameof(TrunkRequest.Tls))
            .WithErrorMessage("tls does not apply to FRESHWORKS provider trunks; it applies to STATIC, REGISTERED, " +
                "GENESYS_CLOUD provider, CISCO_WEBEX provider and OPENAI_REALTIME provider trunks.");
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void FieldApplicabilityValidator_ShouldAcceptTheProviderRequestsDefaultTls_ForAFreshworksTrunk()
    {
        // The reference's provider request carries tls (default false) for every provider.
        var request = TestRequests.For(TrunkKind.Of(ProviderType.Freshworks));
        request.Tls = false;

        new FieldApplicabilityValidator().TestValidate(request).ShouldNotHaveValidationErrorFor(nameof(TrunkRequest.Tls));
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void ClearInapplicable_ShouldForgetHiddenValues_WhenTheKindChanges()
    {
        var request = TestRequests.Static();
        request.SipOptionsEnabled = true;
        request.Type = TrunkType.Registered;

        FieldMatrix.ClearInapplicable(request);

        Assert.Null(request.SipOptionsEnabled);
        Assert.Null(request.SourceHosts);
        Assert.NotNull(request.Codecs);
        new FieldApplicabilityValidator().TestValidate(request).ShouldNotHaveAnyValidationErrors();
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void FieldsOf_ShouldListOnlyTheKindsFields_ForTheWizard()
    {
        var fields = FieldMatrix.FieldsOf(TrunkKind.Of(ProviderType.OpenAiRealtime));

        Assert.Equal(
            [TrunkField.Name, TrunkField.Location, TrunkField.ServiceAddress, TrunkField.InternationalCalls, TrunkField.Tls, TrunkField.ProjectId],
            fields);
    }
}
