namespace TrunkPortal.E2E.Infrastructure;

/// <summary>The demo sign-ins of appsettings.Development.json (see the README).</summary>
public static class DemoUsers
{
    public static readonly (string Email, string Password) AcmeAdmin = ("admin@acme.test", "Acme-Demo-Pass-2026!");
    public static readonly (string Email, string Password) LegacyAdmin = ("admin@legacy.test", "Legacy-Demo-Pass-2026!");
    public static readonly (string Email, string Password) Support = ("support@trunkportal.test", "Support-Demo-Pass-2026!");
}
