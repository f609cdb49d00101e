using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using static TrunkPortal.Domain.Status.ActionStatus;
using static TrunkPortal.Domain.Status.AdminStatus;
using static TrunkPortal.Domain.Status.TrunkAction;

namespace TrunkPortal.Tests.Domain.Status;

/// <summary>
/// The explicit table of every allowed status transition (T1-T3, G4), written from the seed's status table
/// independently of the domain code. Anything not listed here must be refused.
/// </summary>
internal static class AllowedTransitions
{
    public enum Change { Keep, Set, Clear }

    public sealed record Row(
        TrunkAction Action,
        AdminStatus[] FromAdmin,
        ActionStatus[] FromAction,
        TrunkType[] Types,
        AdminStatus? ToAdmin = null,
        ActionStatus? ToAction = null,
        RegistrationStatus? ToRegistration = null,
        Change Reason = Change.Keep,
        Change RootCause = Change.Keep,
        bool RemovesTrunk = false);

    private static readonly AdminStatus[] AnyAdmin = [Enabled, Disabled, SystemDisabled];
    private static readonly ActionStatus[] AnyAction = [Creating, Updating, Deleting, Success, ActionStatus.Reset, Failed];
    private static readonly ActionStatus[] Settled = [Success, ActionStatus.Reset];
    private static readonly TrunkType[] AnyType = Enum.GetValues<TrunkType>();
    private static readonly TrunkType[] RegisteredOnly = [TrunkType.Registered];

    public static readonly Row[] Rows =
    [
        new(Edit, AnyAdmin, Settled, AnyType, ToAction: Updating, Reason: Change.Clear),
        new(Delete, AnyAdmin, [Success, ActionStatus.Reset, Failed], AnyType, ToAction: Deleting, Reason: Change.Clear),
        new(Enable, [Disabled], Settled, AnyType, ToAdmin: Enabled),
        new(Disable, [Enabled], Settled, AnyType, ToAdmin: Disabled, ToRegistration: RegistrationStatus.Unregistered),
        new(ResetCredentials, AnyAdmin, Settled, [TrunkType.Registered, TrunkType.Authenticated]),
        new(SystemDisable, [Enabled, Disabled], AnyAction, AnyType, ToAdmin: SystemDisabled,
            ToRegistration: RegistrationStatus.Unregistered, RootCause: Change.Set),
        new(RootCauseFixed, [SystemDisabled], AnyAction, AnyType, ToAdmin: Disabled, RootCause: Change.Clear),
        new(CompleteAction, AnyAdmin, [Creating, Updating], AnyType, ToAction: Success, Reason: Change.Clear),
        new(CompleteAction, AnyAdmin, [Deleting], AnyType, RemovesTrunk: true),
        // The table drives FailAction with resetToPrevious = true: a failed creation has nothing to return to.
        new(FailAction, AnyAdmin, [Creating], AnyType, ToAction: Failed, Reason: Change.Set),
        new(FailAction, AnyAdmin, [Updating, Deleting], AnyType, ToAction: ActionStatus.Reset, Reason: Change.Set),
        new(RegisterClient, [Enabled], [Success, ActionStatus.Reset, Updating], RegisteredOnly,
            ToRegistration: RegistrationStatus.Registered),
        new(UnregisterAllClients, AnyAdmin, AnyAction, RegisteredOnly, ToRegistration: RegistrationStatus.Unregistered),
    ];

    public static Row? Find(TrunkAction action, AdminStatus admin, ActionStatus status, TrunkType type)
    {
        var rows = Rows.Where(r => r.Action == action && r.FromAdmin.Contains(admin)
            && r.FromAction.Contains(status) && r.Types.Contains(type)).ToList();
        Assert.True(rows.Count <= 1, $"The table lists {action} from {admin}/{status}/{type} twice.");
        return rows.SingleOrDefault();
    }
}
