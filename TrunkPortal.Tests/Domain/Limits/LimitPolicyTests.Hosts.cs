using TrunkPortal.Domain;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Limits;
using TrunkPortal.Tests.Domain.Catalog;

namespace TrunkPortal.Tests.Domain.Limits;

public partial class LimitPolicyTests
{
    private static readonly AccountLimits _defaults = new();

    [Theory]
    [Trait("Rule", "L3")]
    [InlineData(0, null)]
    [InlineData(1, null)]
    [InlineData(3, null)]
    [InlineData(4, "L3")]
    public void CheckHosts_ShouldApplySourceHostsPerTrunk_AtDefaultLimitOfThree(int sources, string? rule) =>
        Assert.Equal(rule, LimitPolicy.CheckHosts(sources, 1, _defaults)?.RuleId);

    [Theory]
    [Trait("Rule", "L3")]
    [Trait("Rule", "L4")]
    [Trait("Rule", "L7")]
    [InlineData(2, true, null)]
    [InlineData(3, true, "L3")]
    [InlineData(2, false, null)]
    [InlineData(3, false, "L4")]
    public void CheckAddHost_ShouldRefuseTheFourthHost_NamingLimitCountAndWhatToDo(int current, bool source, string? rule)
    {
        var violation = LimitPolicy.CheckAddHost(current, source, _defaults);

        Assert.Equal(rule, violation?.RuleId);
        if (violation is not null)
        {
            Assert.Contains("already has 3", violation.Message, StringComparison.Ordinal);
            Assert.Contains("Remove one", violation.Message, StringComparison.Ordinal);
            Assert.Contains("Support", violation.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [Trait("Rule", "L4")]
    [InlineData(0, null)]
    [InlineData(3, null)]
    [InlineData(4, "L4")]
    public void CheckHosts_ShouldApplyDestinationHostsPerTrunk_AtDefaultLimitOfThree(int destinations, string? rule) =>
        Assert.Equal(rule, LimitPolicy.CheckHosts(1, destinations, _defaults)?.RuleId);

    [Theory]
    [Trait("Rule", "L3")]
    [Trait("Rule", "L4")]
    [InlineData(5, 5, null)]
    [InlineData(6, 5, "L3")]
    [InlineData(5, 6, "L4")]
    public void CheckHosts_ShouldApplyOverrides_WhenSupportRaisedHostLimits(int sources, int destinations, string? rule)
    {
        var raised = new AccountLimits { SourceHostsPerTrunk = 5, DestinationHostsPerTrunk = 5 };
        Assert.Equal(rule, LimitPolicy.CheckHosts(sources, destinations, raised)?.RuleId);
    }

    [Fact]
    [Trait("Rule", "L3")]
    [Trait("Rule", "L7")]
    public void CheckHosts_ShouldNameLimitCountAndRemedy_WhenTooManySourceHosts() =>
        Assert.Equal(new LimitViolation("L3", "source hosts per trunk", 3, 5,
            "This trunk has 5 source hosts, and the limit is 3 per trunk. Remove 2, or ask Support to raise the limit."),
            LimitPolicy.CheckHosts(5, 0, _defaults));

    [Fact]
    [Trait("Rule", "L4")]
    [Trait("Rule", "L7")]
    public void CheckHosts_ShouldNameLimitCountAndRemedy_WhenTooManyDestinationHosts() =>
        Assert.Equal("This trunk has 4 destination hosts, and the limit is 3 per trunk. Remove 1, or ask Support to raise the limit.",
            LimitPolicy.CheckHosts(0, 4, _defaults)?.Message);

    [Fact]
    [Trait("Rule", "L3")]
    public void CheckHosts_ShouldRejectArgument_WhenCountIsNegative() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LimitPolicy.CheckHosts(-1, 0, _defaults));

    [Fact]
    [Trait("Rule", "L7")]
    public void ThrowIf_ShouldThrowDomainExceptionWithRuleCode_WhenViolated()
    {
        var violation = LimitPolicy.CheckHosts(4, 0, _defaults);

        var thrown = Assert.Throws<LimitExceededException>(() => LimitExceededException.ThrowIf(violation));
        Assert.IsAssignableFrom<DomainException>(thrown);
        Assert.Equal("L3", thrown.Code);
        Assert.Equal(violation!.Message, thrown.Message);
        Assert.Same(violation, thrown.Violation);
    }

    [Fact]
    [Trait("Rule", "L7")]
    public void ThrowIf_ShouldDoNothing_WhenNoLimitIsBroken() =>
        LimitExceededException.ThrowIf(LimitPolicy.CheckHosts(3, 3, _defaults));

    [Fact]
    [Trait("Rule", "L1")]
    public void Of_ShouldUseCatalogDefaults_WhenAccountHasNoOverrides()
    {
        var catalog = TestCatalog.Create() with { DefaultLimits = new AccountLimits { TrunksPerAccount = 7 } };
        Assert.Equal(7, AccountSnapshot.Of(["BOGOTA"], catalog).Limits.TrunksPerAccount);
    }

    [Fact]
    [Trait("Rule", "L1")]
    public void Of_ShouldUseAccountLimits_WhenSupportSetThem()
    {
        var catalog = TestCatalog.Create() with { DefaultLimits = new AccountLimits { TrunksPerAccount = 7 } };
        Assert.Equal(20, AccountSnapshot.Of(["BOGOTA"], catalog, new AccountLimits { TrunksPerAccount = 20 }).Limits.TrunksPerAccount);
    }
}
