using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Limits;
using TrunkPortal.Tests.Domain.Catalog;

namespace TrunkPortal.Tests.Domain.Limits;

public partial class LimitPolicyTests
{
    private static AccountSnapshot Account(AccountLimits? overrides, params (string Location, int Trunks)[] trunks) =>
        AccountSnapshot.Of(trunks.SelectMany(t => Enumerable.Repeat(t.Location, t.Trunks)), TestCatalog.Create(), overrides);

    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(9, null)]
    [InlineData(10, "L1")]
    [InlineData(11, "L1")]
    public void CheckCreate_ShouldApplyTrunksPerAccount_AtDefaultLimitOfTen(int trunks, string? rule)
    {
        var account = Account(null, ("FRANKFURT", 5), ("NEW_YORK", trunks - 5));
        Assert.Equal(rule, LimitPolicy.CheckCreate(account, "FRANKFURT")?.RuleId);
    }

    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(9, null)]
    [InlineData(10, "L1")]
    [InlineData(11, "L1")]
    public void CheckTrunkCount_ShouldRefuseAsCheckCreateDoes_WhatEverTheDataCenter(int trunks, string? rule)
    {
        var account = Account(null, ("FRANKFURT", 5), ("NEW_YORK", trunks - 5));
        Assert.Equal(rule, LimitPolicy.CheckTrunkCount(account)?.RuleId);
        Assert.Equal(LimitPolicy.CheckCreate(account, "FRANKFURT")?.Message, LimitPolicy.CheckTrunkCount(account)?.Message);
    }

    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(11, null)]
    [InlineData(12, "L1")]
    public void CheckCreate_ShouldApplyOverride_WhenSupportRaisedTrunksPerAccount(int trunks, string? rule)
    {
        var raised = new AccountLimits { TrunksPerAccount = 12, TrunksPerDataCenter = 12 };
        Assert.Equal(rule, LimitPolicy.CheckCreate(Account(raised, ("FRANKFURT", trunks)), "FRANKFURT")?.RuleId);
    }

    [Theory]
    [Trait("Rule", "L1")]
    [InlineData(0, null)]
    [InlineData(1, "L1")]
    public void CheckCreate_ShouldApplyOverride_WhenSupportLoweredTrunksPerAccountToOne(int trunks, string? rule) =>
        Assert.Equal(rule, LimitPolicy.CheckCreate(Account(new AccountLimits { TrunksPerAccount = 1 }, ("BOGOTA", trunks)), "BOGOTA")?.RuleId);

    [Fact]
    [Trait("Rule", "L1")]
    [Trait("Rule", "L7")]
    public void CheckCreate_ShouldNameLimitCountAndRemedy_WhenAccountIsFull()
    {
        var violation = LimitPolicy.CheckCreate(Account(null, ("FRANKFURT", 6), ("NEW_YORK", 4)), "NEW_YORK");

        Assert.Equal(new LimitViolation("L1", "trunks per account", 10, 10,
            "Your account already has 10 SIP trunks, and the limit is 10 per account. "
            + "Delete a trunk you no longer need, or ask Support to raise the limit."), violation);
    }

    [Theory]
    [Trait("Rule", "L2")]
    [InlineData(9, null)]
    [InlineData(10, "L2")]
    public void CheckCreate_ShouldApplyTrunksPerDataCenter_AtDefaultLimitOfTen(int trunks, string? rule)
    {
        var roomy = new AccountLimits { TrunksPerAccount = 50 };
        Assert.Equal(rule, LimitPolicy.CheckCreate(Account(roomy, ("FRANKFURT", trunks), ("NEW_YORK", 1)), "FRANKFURT")?.RuleId);
    }

    [Theory]
    [Trait("Rule", "L2")]
    [InlineData(2, null)]
    [InlineData(3, "L2")]
    public void CheckLocation_ShouldApplyOverride_WhenSupportSetTrunksPerDataCenter(int trunks, string? rule) =>
        Assert.Equal(rule, LimitPolicy.CheckLocation(Account(new AccountLimits { TrunksPerDataCenter = 3 }, ("SWEDEN", trunks)), "SWEDEN")?.RuleId);

    [Fact]
    [Trait("Rule", "L2")]
    [Trait("Rule", "L7")]
    public void CheckCreate_ShouldOfferOtherDataCenters_WhenChosenDataCenterIsFull()
    {
        var violation = LimitPolicy.CheckCreate(Account(new AccountLimits { TrunksPerDataCenter = 3 }, ("FRANKFURT", 3), ("NEW_YORK", 1)), "FRANKFURT");

        Assert.Equal(new LimitViolation("L2", "trunks per data center", 3, 3,
            "Your account already has 3 SIP trunks in data center FRANKFURT, and the limit is 3 per data center. "
            + "Delete a trunk in FRANKFURT, choose a data center you already use (NEW_YORK), or ask Support to raise the limit."), violation);
    }

    [Fact]
    [Trait("Rule", "L2")]
    [Trait("Rule", "L7")]
    public void CheckCreate_ShouldOfferUnusedDataCenter_WhenAccountUsesFewerThanAllowed()
    {
        var violation = LimitPolicy.CheckCreate(Account(new AccountLimits { TrunksPerDataCenter = 1 }, ("BOGOTA", 1)), "BOGOTA");

        Assert.Equal("Your account already has 1 SIP trunk in data center BOGOTA, and the limit is 1 per data center. "
            + "Delete a trunk in BOGOTA, choose a data center you do not use yet, or ask Support to raise the limit.", violation?.Message);
    }

    [Theory]
    [Trait("Rule", "L5")]
    [InlineData("FRANKFURT", null)]
    [InlineData("NEW_YORK", null)]
    [InlineData("BOGOTA", "L5")]
    public void CheckCreate_ShouldAllowOnlyDataCentersInUse_WhenAccountUsesTwo(string location, string? rule) =>
        Assert.Equal(rule, LimitPolicy.CheckCreate(Account(null, ("FRANKFURT", 1), ("NEW_YORK", 1)), location)?.RuleId);

    [Theory]
    [Trait("Rule", "L5")]
    [InlineData(0)]
    [InlineData(1)]
    public void CheckLocation_ShouldAllowAnyDataCenter_WhenAccountUsesFewerThanTwo(int inUse)
    {
        var trunks = new[] { ("FRANKFURT", 1) }.Take(inUse).ToArray();
        Assert.Null(LimitPolicy.CheckLocation(Account(null, trunks), "BOGOTA"));
    }

    [Theory]
    [Trait("Rule", "L5")]
    [InlineData(2, "L5")]
    [InlineData(3, null)]
    public void CheckLocation_ShouldApplyOverride_WhenSupportRaisedDataCentersPerAccount(int limit, string? rule)
    {
        var account = Account(new AccountLimits { DataCentersPerAccount = limit }, ("FRANKFURT", 1), ("NEW_YORK", 1));
        Assert.Equal(rule, LimitPolicy.CheckLocation(account, "BOGOTA")?.RuleId);
    }

    [Fact]
    [Trait("Rule", "L5")]
    [Trait("Rule", "L7")]
    public void CheckCreate_ShouldListDataCentersInUseWithRoom_WhenThirdDataCenterIsAsked()
    {
        var account = Account(new AccountLimits { TrunksPerDataCenter = 2 }, ("NEW_YORK", 2), ("FRANKFURT", 1));

        Assert.Equal(new LimitViolation("L5", "data centers per account", 2, 2,
            "Your account already has trunks in 2 data centers (FRANKFURT, NEW_YORK), and the limit is 2 different data centers "
            + "per account, so BOGOTA cannot be added. Choose a data center you already use (FRANKFURT), delete every trunk in "
            + "one of them, or ask Support to raise the limit."), LimitPolicy.CheckCreate(account, "BOGOTA"));
    }
}
