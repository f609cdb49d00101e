using TrunkPortal.Domain.Status;

namespace TrunkPortal.Trunks;

/// <summary>
/// What only a SIP edge can know: whether clients are registered on a trunk (REGISTER, T2), whether its
/// destinations answer OPTIONS (S4), and how many calls are up. A real edge comes later and will feed these;
/// until then <see cref="NoSipEdge"/> answers truthfully that nothing is registered or connected.
/// </summary>
public interface ISipEdge
{
    RegistrationStatus RegistrationOf(Guid trunkId);

    TrunkHealth HealthOf(Guid trunkId);

    int ActiveCallsOf(Guid trunkId);

    /// <summary>G4: disabling a registered trunk deregisters every client; G2: a reset invalidates the old password.</summary>
    void DropRegistrations(Guid trunkId);
}

public enum TrunkHealth { Unknown, InService, OutOfService }

/// <summary>No SIP edge is connected to this portal yet: nothing registers, nothing is probed, no calls run.</summary>
internal sealed class NoSipEdge : ISipEdge
{
    public RegistrationStatus RegistrationOf(Guid trunkId) => RegistrationStatus.Unregistered;

    public TrunkHealth HealthOf(Guid trunkId) => TrunkHealth.Unknown;

    public int ActiveCallsOf(Guid trunkId) => 0;

    public void DropRegistrations(Guid trunkId)
    {
    }
}
