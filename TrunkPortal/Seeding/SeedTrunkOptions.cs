using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Seeding;

/// <summary>A trunk an account starts with (<c>Seed:Accounts:N:Trunks:M</c>), enabled and provisioned.</summary>
public sealed class SeedTrunkOptions
{
    public string Name { get; set; } = "";

    public TrunkType Type { get; set; } = TrunkType.Static;

    public string Location { get; set; } = "";

    public int ChannelLimit { get; set; } = 10;

    public DateTimeOffset CreatedAt { get; set; }
}
