using TrunkPortal.Api.Trunks;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class TrunkFieldsTests
{
    // Today's names, as TrunkFieldAccess, ValidationPathMapper and ImmutableFields spelled them before the table.
    public static TheoryData<string, TrunkField?, string, string, bool> EveryEntry() => new()
    {
        { "Name", TrunkField.Name, "name", "name", false },
        { "Location", TrunkField.Location, "location", "location", true },
        { "BillingPackage.PackageType", null, "billingPackage.packageType", "billingPackage.packageType", true },
        { "BillingPackage.CountryCode", null, "billingPackage.countryCode", "billingPackage.countryCode", true },
        { "ChannelLimit", null, "channelLimit", "channelLimit", false },
        { "BillingPackage.AddressId", TrunkField.ServiceAddress, "billingPackage.addressId", "billingPackage.addressId", true },
        { "InternationalCallsAllowed", TrunkField.InternationalCalls, "internationalCallsAllowed", "internationalCallsAllowed", false },
        { "Tls", TrunkField.Tls, "tls", "tls", true },
        { "Codecs", TrunkField.Codecs, "codecs", "codecs", false },
        { "Dtmf", TrunkField.Dtmf, "dtmf", "dtmf", false },
        { "Fax", TrunkField.Fax, "fax", "fax", false },
        { "NumberFormat", TrunkField.NumberFormat, "numberFormat", "numberFormat", false },
        { "Anonymization", TrunkField.Anonymization, "anonymization", "anonymization", false },
        { "SipOptionsEnabled", TrunkField.SipOptions, "sipOptions", "sipOptions.enabled", false },
        { "InviteAuthentication", TrunkField.InviteAuthentication, "inviteAuthentication", "inviteAuthentication", false },
        { "DigestAuthenticationEnabled", TrunkField.DigestAuthentication, "authentication.inbound.digestAuthenticationEnabled", "authentication.inbound.digestAuthenticationEnabled", false },
        { "RemoteFqdn", TrunkField.RemoteFqdn, "authentication.outbound.fqdn", "authentication.outbound.fqdn", false },
        { "HeaderValue", TrunkField.HeaderValue, "authentication.inbound.headerValue", "authentication.inbound.headerValue", false },
        { "SourceHosts", TrunkField.SourceHosts, "sourceHosts", "sourceHosts", false },
        { "DestinationHosts", TrunkField.DestinationHosts, "destinationHosts", "destinationHosts", false },
        { "Strategy", TrunkField.Strategy, "strategy", "strategy", false },
        { "AccountSid", TrunkField.AccountSid, "provider.accountSid", "provider.accountSid", true },
        { "SipDomain", TrunkField.SipDomain, "provider.sipDomain", "provider.sipDomain", true },
        { "GenesysRegion", TrunkField.GenesysRegion, "provider.region", "provider.region", true },
        { "CiscoUuid", TrunkField.CiscoUuid, "provider.ciscoUUID", "provider.ciscoUUID", true },
        { "ProjectId", TrunkField.ProjectId, "provider.projectId", "provider.projectId", true },
    };

    [Fact]
    [Trait("Rule", "F1")]
    public void Of_ShouldFindExactlyOneEntry_ForEveryTrunkField()
    {
        foreach (var field in Enum.GetValues<TrunkField>())
        {
            Assert.Single(TrunkFields.All, f => f.Field == field);
            Assert.Equal(field, TrunkFields.Of(field).Field);
        }
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void Of_ShouldThrow_WhenTheFieldHasNoEntry() =>
        Assert.Throws<InvalidOperationException>(() => TrunkFields.Of((TrunkField)999));

    [Fact]
    public void All_ShouldNameEachMemberOnce_AndHaveTheTwentySixSettings()
    {
        Assert.Equal(26, TrunkFields.All.Count);
        Assert.Equal(TrunkFields.All.Count, TrunkFields.All.Select(f => f.Member).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(EveryEntry().Select(row => (string)row[0]), TrunkFields.All.Select(f => f.Member));
    }

    [Theory]
    [Trait("Rule", "F1")]
    [MemberData(nameof(EveryEntry))]
    public void Entry_ShouldKeepTodaysNames(string member, TrunkField? field, string apiName, string jsonPath, bool fixedAtCreation)
    {
        var info = Assert.Single(TrunkFields.All, f => f.Member == member);

        Assert.Equal(field, info.Field);
        Assert.Equal(apiName, info.ApiName);
        Assert.Equal(jsonPath, info.JsonPath);
        Assert.Equal(fixedAtCreation, info.FixedAtCreation);
        Assert.Equal(jsonPath, ValidationPathMapper.ToJsonPath(member));
    }

    [Fact]
    [Trait("Rule", "F5")]
    public void Fixed_ShouldBeTodaysFixedFields_InTodaysMessageOrder() =>
        Assert.Equal(
            [
                "location", "billingPackage.packageType", "billingPackage.countryCode", "billingPackage.addressId", "tls",
                "provider.accountSid", "provider.sipDomain", "provider.region", "provider.ciscoUUID", "provider.projectId",
            ],
            TrunkFields.Fixed.Select(f => f.ApiName));

    [Fact]
    [Trait("Rule", "F1")]
    public void Applies_ShouldMatchTheEntries_ForEveryKindAndField()
    {
        foreach (var kind in FieldMatrix.AllKinds)
        {
            foreach (var field in Enum.GetValues<TrunkField>())
            {
                Assert.Equal(TrunkFields.Of(field).AppliesTo(kind), FieldMatrix.Applies(kind, field));
            }
        }
    }

    [Fact]
    [Trait("Rule", "F1")]
    public void PlanEntries_ShouldApplyToEveryKind_SoClearingNeverForgetsThem() =>
        Assert.All(TrunkFields.All.Where(f => f.Step == FieldStep.Plan), f => Assert.All(FieldMatrix.AllKinds, k => Assert.True(f.AppliesTo(k))));

    [Fact]
    [Trait("Rule", "F1")]
    public void ClearInapplicable_ShouldForgetEveryFieldTheKindLacks_AndKeepTheOthers()
    {
        foreach (var kind in FieldMatrix.AllKinds)
        {
            var request = TestRequests.For(TrunkKind.Static);
            request.Type = kind.Type;
            request.Provider = kind.Provider;
            request.HeaderValue = "secret";
            request.AccountSid = "AC1";
            request.CiscoUuid = "c";
            request.ProjectId = "proj_1";
            request.GenesysRegion = GenesysRegion.EuWest1;
            request.Tls = true;
            TrunkDefaults.ApplyCreateDefaults(request);

            FieldMatrix.ClearInapplicable(request);

            foreach (var info in TrunkFields.All.Where(f => f.Step != FieldStep.Plan && f.Field is not (TrunkField.Name or TrunkField.Location or TrunkField.ServiceAddress)))
            {
                Assert.True(info.AppliesTo(kind) || !info.IsGiven(request), $"{kind}: {info.Member} should be cleared");
            }
        }
    }
}
