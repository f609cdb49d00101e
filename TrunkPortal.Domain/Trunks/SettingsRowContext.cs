namespace TrunkPortal.Domain.Trunks;

/// <summary>What the settings rows need beyond the settings: the surface, and the display names the portal looks up.</summary>
public sealed record SettingsRowContext(SettingsSurface Surface, Func<GenesysRegion, string> GenesysRegionName)
{
    /// <summary>A data center's display name by code (the review names it; the trunk page shows the code).</summary>
    public Func<string?, string> DataCenterName { get; init; } = code => code ?? "";

    /// <summary>The data center F6 picks when none was chosen (the review shows it before creation).</summary>
    public Func<TrunkKind, GenesysRegion?, string>? DefaultLocation { get; init; }

    /// <summary>A service address's label by id.</summary>
    public Func<string, string> ServiceAddressLabel { get; init; } = id => id;

    /// <summary>The review's draft carries a header value the user typed (the settings never hold it, A3).</summary>
    public bool HeaderValueGiven { get; init; }

    /// <summary>The trunk page's "Provider" row, after the name.</summary>
    public string? KindName { get; init; }

    /// <summary>The trunk page's "Username" row (the registration or DIGEST user), after INVITE authentication.</summary>
    public string? Username { get; init; }
}
