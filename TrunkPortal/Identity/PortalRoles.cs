namespace TrunkPortal.Identity;

/// <summary>The portal's two roles. Each is also an authorization policy of the same name.</summary>
public static class PortalRoles
{
    /// <summary>Administers one customer account and nothing else (R1).</summary>
    public const string AccountAdmin = "AccountAdmin";

    /// <summary>Support staff: every account, plans, limits, resets (R2).</summary>
    public const string Support = "Support";

    public static IReadOnlyList<string> All { get; } = [AccountAdmin, Support];
}
