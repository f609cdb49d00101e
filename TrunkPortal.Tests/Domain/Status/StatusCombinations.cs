using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Status;

/// <summary>Every starting status of every trunk type, and a single entry point per <see cref="TrunkAction"/>.</summary>
internal static class StatusCombinations
{
    public const string EarlierReason = "Not enough credits.";
    public const string EarlierRootCause = "Traffic pumping suspected";
    public const string NewReason = "Invalid source IP.";
    public const string NewRootCause = "Unpaid invoice";

    /// <summary>Rows of (type, admin, action status, registration, trunk action): every combination there is.</summary>
    public static IEnumerable<object?[]> All()
    {
        foreach (var type in Enum.GetValues<TrunkType>())
        {
            RegistrationStatus?[] registrations = type == TrunkType.Registered
                ? [RegistrationStatus.Registered, RegistrationStatus.Unregistered]
                : [null];
            foreach (var admin in Enum.GetValues<AdminStatus>())
            {
                foreach (var status in Enum.GetValues<ActionStatus>())
                {
                    foreach (var registration in registrations)
                    {
                        foreach (var action in Enum.GetValues<TrunkAction>())
                        {
                            yield return [type, admin, status, registration, action];
                        }
                    }
                }
            }
        }
    }

    public static IEnumerable<object?[]> Allowed() =>
        All().Where(c => AllowedTransitions.Find((TrunkAction)c[4]!, (AdminStatus)c[1]!, (ActionStatus)c[2]!, (TrunkType)c[0]!) is not null);

    public static IEnumerable<object?[]> Refused() =>
        All().Where(c => AllowedTransitions.Find((TrunkAction)c[4]!, (AdminStatus)c[1]!, (ActionStatus)c[2]!, (TrunkType)c[0]!) is null);

    public static TrunkStatus Start(AdminStatus admin, ActionStatus status, RegistrationStatus? registration) =>
        new(admin, status,
            status is ActionStatus.Reset or ActionStatus.Failed ? EarlierReason : null,
            registration,
            admin == AdminStatus.SystemDisabled ? EarlierRootCause : null);

    public static ActionCompletion Apply(TrunkAction action, TrunkStatus status, TrunkType type) => action switch
    {
        TrunkAction.Edit => Kept(TrunkStateMachine.BeginEdit(status, type)),
        TrunkAction.Delete => Kept(TrunkStateMachine.BeginDelete(status, type)),
        TrunkAction.Enable => Kept(TrunkStateMachine.Enable(status, type)),
        TrunkAction.Disable => Kept(TrunkStateMachine.Disable(status, type)),
        TrunkAction.ResetCredentials => Kept(TrunkStateMachine.ResetCredentials(status, type)),
        TrunkAction.SystemDisable => Kept(TrunkStateMachine.SystemDisable(status, type, NewRootCause)),
        TrunkAction.RootCauseFixed => Kept(TrunkStateMachine.RootCauseFixed(status, type)),
        TrunkAction.CompleteAction => TrunkStateMachine.CompleteAction(status, type),
        TrunkAction.FailAction => Kept(TrunkStateMachine.FailAction(status, type, resetToPrevious: true, NewReason)),
        TrunkAction.RegisterClient => Kept(TrunkStateMachine.ClientRegistered(status, type)),
        TrunkAction.UnregisterAllClients => Kept(TrunkStateMachine.AllClientsUnregistered(status, type)),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private static ActionCompletion Kept(TrunkStatus status) => new(status, RemoveTrunk: false);
}
