using System.Text.RegularExpressions;
using TrunkPortal.Domain;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using static TrunkPortal.Tests.Domain.Status.AllowedTransitions;
using static TrunkPortal.Tests.Domain.Status.StatusCombinations;

namespace TrunkPortal.Tests.Domain.Status;

public class TrunkStateMachineTests
{
    public static IEnumerable<object?[]> AllowedCases => Allowed();

    public static IEnumerable<object?[]> RefusedCases => Refused();

    [Theory]
    [Trait("Rule", "T1")]
    [Trait("Rule", "T2")]
    [Trait("Rule", "T3")]
    [Trait("Rule", "G4")]
    [MemberData(nameof(AllowedCases))]
    public void Transition_ShouldGiveTheTableResult_WhenTheTableAllowsIt(
        TrunkType type, AdminStatus admin, ActionStatus status, RegistrationStatus? registration, TrunkAction action)
    {
        var row = Find(action, admin, status, type)!;
        var start = Start(admin, status, registration);

        var result = Apply(action, start, type);

        Assert.Equal(row.RemovesTrunk, result.RemoveTrunk);
        var expected = new TrunkStatus(
            row.ToAdmin ?? admin,
            row.ToAction ?? status,
            row.Reason switch { Change.Set => NewReason, Change.Clear => null, _ => start.Reason },
            type == TrunkType.Registered && row.ToRegistration is { } to ? to : registration,
            row.RootCause switch { Change.Set => NewRootCause, Change.Clear => null, _ => start.SystemDisabledRootCause });
        Assert.Equal(expected, result.Status);
        Assert.Equal(ActionCheck.Allow, TrunkActions.Check(start, action, type));
    }

    [Theory]
    [Trait("Rule", "T1")]
    [Trait("Rule", "T2")]
    [Trait("Rule", "T3")]
    [Trait("Rule", "T4")]
    [Trait("Rule", "G4")]
    [MemberData(nameof(RefusedCases))]
    public void Transition_ShouldThrowNamingTheBlockingStatus_WhenTheTableDoesNotAllowIt(
        TrunkType type, AdminStatus admin, ActionStatus status, RegistrationStatus? registration, TrunkAction action)
    {
        var start = Start(admin, status, registration);

        var ex = Assert.Throws<StatusTransitionException>(() => Apply(action, start, type));

        string[] current = [StatusNames.Of(admin), StatusNames.Of(status), StatusNames.Of(type)];
        Assert.Contains(ex.BlockingStatus, current);
        Assert.Matches($"(?<![A-Z_]){Regex.Escape(ex.BlockingStatus)}(?![A-Z_])", ex.Message);
        Assert.Contains(ex.Code, new[] { "T1", "T2", "T3", "G2", "G4" });
        Assert.Equal(action, ex.Action);
        Assert.IsAssignableFrom<DomainException>(ex);
        var check = TrunkActions.Check(start, action, type);
        Assert.False(check.Allowed);
        Assert.Equal(ex.Message, check.Reason);
        Assert.Equal(ex.BlockingStatus, check.BlockingStatus);
    }

    [Fact]
    [Trait("Rule", "T3")]
    public void TransitionTable_ShouldCoverEveryCombination_WhenSplitIntoAllowedAndRefused()
    {
        var all = All().Count();

        Assert.Equal(5 * 3 * 6 * Enum.GetValues<TrunkAction>().Length, all);
        Assert.Equal(all, Allowed().Count() + Refused().Count());
    }

    [Theory]
    [Trait("Rule", "T1")]
    [Trait("Rule", "T2")]
    [Trait("Rule", "T3")]
    [InlineData(TrunkType.Static, null)]
    [InlineData(TrunkType.Registered, RegistrationStatus.Unregistered)]
    [InlineData(TrunkType.Provider, null)]
    [InlineData(TrunkType.Authenticated, null)]
    public void Created_ShouldBeEnabledAndCreating_WhenATrunkIsSubmitted(TrunkType type, RegistrationStatus? registration)
    {
        var status = TrunkStateMachine.Created(type);

        Assert.Equal(new TrunkStatus(AdminStatus.Enabled, ActionStatus.Creating, null, registration), status);
        Assert.True(status.IsPending);
    }

    [Theory]
    [Trait("Rule", "T3")]
    [InlineData(ActionStatus.Creating)]
    [InlineData(ActionStatus.Updating)]
    [InlineData(ActionStatus.Deleting)]
    public void FailAction_ShouldEndFailedWithReason_WhenThePlatformCouldNotRestore(ActionStatus pending)
    {
        var start = new TrunkStatus(AdminStatus.Enabled, pending, null, null);

        var result = TrunkStateMachine.FailAction(start, TrunkType.Static, resetToPrevious: false, "Invalid source IP.");

        Assert.Equal(ActionStatus.Failed, result.ActionStatus);
        Assert.Equal("Invalid source IP.", result.Reason);
    }

    [Theory]
    [Trait("Rule", "T1")]
    [Trait("Rule", "T3")]
    [InlineData(" ")]
    [InlineData("")]
    public void FailActionAndSystemDisable_ShouldRequireAReason_WhenGivenBlank(string blank)
    {
        var updating = new TrunkStatus(AdminStatus.Enabled, ActionStatus.Updating, null, null);

        Assert.Throws<ArgumentException>(() => TrunkStateMachine.FailAction(updating, TrunkType.Static, true, blank));
        Assert.Throws<ArgumentException>(() => TrunkStateMachine.SystemDisable(updating, TrunkType.Static, blank));
    }

    [Fact]
    [Trait("Rule", "T1")]
    [Trait("Rule", "G4")]
    public void Lifecycle_ShouldLetTheUserEnableAgain_OnlyAfterSupportFixedTheRootCause()
    {
        var type = TrunkType.Registered;
        var status = TrunkStateMachine.CompleteAction(TrunkStateMachine.Created(type), type).Status;
        status = TrunkStateMachine.ClientRegistered(status, type);
        Assert.Equal(RegistrationStatus.Registered, status.Registration);

        status = TrunkStateMachine.SystemDisable(status, type, "Unpaid invoice");
        Assert.Equal(RegistrationStatus.Unregistered, status.Registration);
        Assert.Throws<StatusTransitionException>(() => TrunkStateMachine.Enable(status, type));
        Assert.Throws<StatusTransitionException>(() => TrunkStateMachine.ClientRegistered(status, type));

        status = TrunkStateMachine.RootCauseFixed(status, type);
        Assert.Equal(AdminStatus.Disabled, status.AdminStatus);
        Assert.Null(status.SystemDisabledRootCause);

        status = TrunkStateMachine.Enable(status, type);
        Assert.Equal(new TrunkStatus(AdminStatus.Enabled, ActionStatus.Success, null, RegistrationStatus.Unregistered), status);
    }
}
