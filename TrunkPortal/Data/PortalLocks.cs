namespace TrunkPortal.Data;

/// <summary>
/// The PostgreSQL advisory-lock keys of the portal, one fixed 64-bit constant each (not hashtext(...), whose result
/// PostgreSQL does not document). Each key begins with "TrunkP" in ASCII, so it stands out in pg_locks
/// (classid and objid hold its two halves).
/// </summary>
public static class PortalLocks
{
    /// <summary>Held by one starting instance while it migrates, seeds and makes sure the key ring has a key.</summary>
    public const long Startup = 0x5472_756E_6B50_0001;
}
