namespace TrunkPortal.Seeding;

/// <summary>
/// Demo data for a first start on an empty database, bound from the "Seed" section. Empty by default, so
/// Production seeds nothing unless configured; environment variables override each value
/// (<c>Seed__Accounts__0__AdminPassword</c>).
/// </summary>
public sealed class SeedOptions
{
    public const string SectionName = "Seed";

    public List<SeedAccountOptions> Accounts { get; set; } = [];

    public SeedUserOptions Support { get; set; } = new();
}
