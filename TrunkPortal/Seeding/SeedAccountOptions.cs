namespace TrunkPortal.Seeding;

/// <summary>One demo account with its admin (<c>Seed:Accounts:N</c>).</summary>
public sealed class SeedAccountOptions
{
    public string Name { get; set; } = "";

    public string AdminEmail { get; set; } = "";

    public string AdminPassword { get; set; } = "";

    /// <summary>
    /// The account's demo API key in plain text. The seeder stores nothing for it: the API's key store hashes
    /// it (R3) when it seeds keys, so the README's demo key keeps working.
    /// </summary>
    public string ApiKey { get; set; } = "";

    /// <summary>B1: METERED activated on the account.</summary>
    public bool MeteredActive { get; set; } = true;

    /// <summary>B1: UNLIMITED activated on the account.</summary>
    public bool UnlimitedActive { get; set; }

    /// <summary>Trunks the account already has, e.g. one created before the N1 cut-off to make it legacy.</summary>
    public List<SeedTrunkOptions> Trunks { get; set; } = [];
}
