namespace TrunkPortal.Seeding;

/// <summary>A static trunk an account starts with (<c>Seed:Accounts:N:Trunks:M</c>), enabled and provisioned.</summary>
public sealed class SeedTrunkOptions
{
    public string Name { get; set; } = "";

    public string Location { get; set; } = "";

    public int ChannelLimit { get; set; } = 10;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Where the customer's equipment sends from (S1); the demo uses documentation addresses.</summary>
    public List<string> SourceHosts { get; set; } = ["192.0.2.10"];

    public List<string> DestinationHosts { get; set; } = ["192.0.2.10:5060"];
}
