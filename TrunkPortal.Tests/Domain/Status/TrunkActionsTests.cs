using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Status;

public class TrunkActionsTests
{
    private static TrunkStatus Status(AdminStatus admin, ActionStatus action, string? reason = null, string? cause = null) =>
        new(admin, action, reason, null, cause);

    [Fact]
    [Trait("Rule", "T1")]
    [Trait("Rule", "T4")]
    public void Check_ShouldSaySupportMustFixTheRootCause_WhenEnablingASystemDisabledTrunk()
    {
        var check = TrunkActions.Check(Status(AdminStatus.SystemDisabled, ActionStatus.Success, cause: "Unpaid invoice"),
            TrunkAction.Enable, TrunkType.Static);

        Assert.False(check.Allowed);
        Assert.Equal("SYSTEM_DISABLED", check.BlockingStatus);
        Assert.Contains("the system disabled it (Unpaid invoice)", check.Reason);
        Assert.Contains("Support must fix the root cause", check.Reason);
        Assert.Contains("becomes DISABLED and you can enable it", check.Reason);
    }

    [Theory]
    [Trait("Rule", "T3")]
    [Trait("Rule", "T4")]
    [InlineData(TrunkAction.Edit)]
    [InlineData(TrunkAction.Enable)]
    [InlineData(TrunkAction.Disable)]
    [InlineData(TrunkAction.ResetCredentials)]
    public void Check_ShouldSayOnlyDeleteIsAllowed_WhenTheTrunkIsFailed(TrunkAction action)
    {
        var failed = Status(AdminStatus.Disabled, ActionStatus.Failed, reason: "Invalid source IP.");

        var check = TrunkActions.Check(failed, action, TrunkType.Registered);

        Assert.False(check.Allowed);
        Assert.Equal("FAILED", check.BlockingStatus);
        Assert.Contains("FAILED (Invalid source IP.)", check.Reason);
        Assert.Contains("only delete is allowed", check.Reason);
        Assert.True(TrunkActions.Check(failed, TrunkAction.Delete, TrunkType.Registered).Allowed);
    }

    [Theory]
    [Trait("Rule", "T3")]
    [Trait("Rule", "T4")]
    [InlineData(ActionStatus.Creating, "CREATING")]
    [InlineData(ActionStatus.Updating, "UPDATING")]
    [InlineData(ActionStatus.Deleting, "DELETING")]
    public void Check_ShouldNameThePendingAction_WhenEditingWhileAnActionIsPending(ActionStatus pending, string name)
    {
        var check = TrunkActions.Check(Status(AdminStatus.Enabled, pending), TrunkAction.Edit, TrunkType.Static);

        Assert.False(check.Allowed);
        Assert.Equal(name, check.BlockingStatus);
        Assert.StartsWith($"Editing the trunk is not possible while the trunk is {name}", check.Reason);
    }

    [Theory]
    [Trait("Rule", "T4")]
    [InlineData(TrunkType.Static, "STATIC")]
    [InlineData(TrunkType.Provider, "PROVIDER")]
    public void Check_ShouldSayWhichTrunksHaveCredentials_WhenResettingATrunkWithout(TrunkType type, string name)
    {
        var check = TrunkActions.Check(Status(AdminStatus.Enabled, ActionStatus.Success), TrunkAction.ResetCredentials, type);

        Assert.False(check.Allowed);
        Assert.Equal(name, check.BlockingStatus);
        Assert.Contains("Only REGISTERED and AUTHENTICATED trunks", check.Reason);
    }

    [Fact]
    [Trait("Rule", "G4")]
    [Trait("Rule", "T4")]
    public void Check_ShouldAskToEnableFirst_WhenAClientRegistersOnADisabledTrunk()
    {
        var check = TrunkActions.Check(Status(AdminStatus.Disabled, ActionStatus.Success), TrunkAction.RegisterClient,
            TrunkType.Registered);

        Assert.False(check.Allowed);
        Assert.Equal("DISABLED", check.BlockingStatus);
        Assert.Contains("Enable the trunk first", check.Reason);
    }

    [Fact]
    [Trait("Rule", "T1")]
    public void Check_ShouldAllowWithoutReason_WhenDisablingAnEnabledSettledTrunk()
    {
        var check = TrunkActions.Check(Status(AdminStatus.Enabled, ActionStatus.Reset), TrunkAction.Disable, TrunkType.Static);

        Assert.True(check.Allowed);
        Assert.Null(check.Reason);
        Assert.Null(check.BlockingStatus);
    }
}
