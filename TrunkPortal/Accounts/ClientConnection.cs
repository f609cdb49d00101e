namespace TrunkPortal.Accounts;

/// <summary>
/// Scoped: the client of this circuit or request. Blazor Server has no HttpContext once the circuit runs,
/// so Routes copies the address in from the request that rendered the page.
/// </summary>
public sealed class ClientConnection
{
    public string? IpAddress { get; set; }
}
