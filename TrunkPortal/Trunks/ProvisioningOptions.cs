namespace TrunkPortal.Trunks;

/// <summary>The "Provisioning" configuration section.</summary>
public sealed record ProvisioningOptions
{
    public const string SectionName = "Provisioning";

    /// <summary>How long the simulated platform takes to complete CREATING, UPDATING and DELETING; 0 in tests.</summary>
    public int DelayMs { get; init; } = 2000;

    /// <summary>The realm of the DIGEST HA1 stored for registration and inbound DIGEST passwords.</summary>
    public string DigestRealm { get; init; } = "sip.voice.infobip.com";
}
