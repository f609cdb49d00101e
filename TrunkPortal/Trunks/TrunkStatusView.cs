using TrunkPortal.Domain.Status;

namespace TrunkPortal.Trunks;

/// <summary>
/// The three status classes of a trunk (T1-T3) as read, with the reason of a RESET or FAILED action and, while
/// SYSTEM_DISABLED, the root cause support gave (the refusal to enable names it, T4).
/// </summary>
public sealed record TrunkStatusView(
    AdminStatus Admin,
    ActionStatus Action,
    string? Reason,
    RegistrationStatus? Registration,
    int ActiveCalls,
    string? SystemDisabledRootCause = null);
