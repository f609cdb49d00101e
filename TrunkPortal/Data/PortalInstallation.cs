namespace TrunkPortal.Data;

/// <summary>
/// This portal's identity toward its SIP edges: every subscriber and access code it provisions carries
/// <see cref="Id"/>, and reconciliation (E3) removes only stale rows with it, so a staging portal or a test run
/// sharing an edge never deletes another portal's trunks. Created once, at the first start.
/// </summary>
public sealed class PortalInstallation
{
    /// <summary>Always 1: there is one row.</summary>
    public int Key { get; set; } = 1;

    public Guid Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
