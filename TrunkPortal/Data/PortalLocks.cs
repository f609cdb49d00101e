namespace TrunkPortal.Data;

/// <summary>
/// The keys of the PostgreSQL advisory locks the portal instances share (plan 0014, 3.2.3 and 3.2.5): fixed 64-bit
/// constants, one per purpose, all in this class so no two purposes can pick the same key. (Not <c>hashtext(...)</c>,
/// whose values PostgreSQL does not document.)
/// </summary>
public static class PortalLocks
{
    /// <summary>One writer to the SIP edges across instances: provisioner applies and reconciliations (EdgeWriteGate).</summary>
    public const long EdgeWrite = 0x5450_0000_0000_0002;

    /// <summary>The one RegistrationMonitor that writes health events, prunes them and reconciles (the leader).</summary>
    public const long RegistrationMonitor = 0x5450_0000_0000_0003;
}
