namespace TrunkPortal.Seeding;

/// <summary>A demo sign-in with no account of its own (<c>Seed:Support</c>).</summary>
public sealed class SeedUserOptions
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";
}
