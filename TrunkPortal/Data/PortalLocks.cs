namespace TrunkPortal.Data;

/// <summary>
/// The keys of the PostgreSQL advisory locks the portal instances share (plan 0014, 3.2.3 and 3.2.5): fixed 64-bit
/// constants, one per purpose, all in this class so no two purposes can pick the same key (not <c>hashtext(...)</c>,
/// whose values PostgreSQL does not document). Each begins with "TrunkP" in ASCII, so it stands out in pg_locks
/// (classid and objid hold its two halves).
/// </summary>
public static class PortalLocks
{
    /// <summary>Held by one starting instance while it migrates, seeds and makes sure the key ring has a key.</summary>
    public const long Startup = 0x5472_756E_6B50_0001;

    /// <summary>One writer to the SIP edges across instances: provisioner applies and reconciliations (EdgeWriteGate).</summary>
    public const long EdgeWrite = 0x5472_756E_6B50_0002;

    /// <summary>The one RegistrationMonitor that writes health events, prunes them and reconciles (the leader).</summary>
    public const long RegistrationMonitor = 0x5472_756E_6B50_0003;
}
