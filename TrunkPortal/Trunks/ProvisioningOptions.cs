namespace TrunkPortal.Trunks;

/// <summary>The "Provisioning" configuration section.</summary>
public sealed record ProvisioningOptions
{
    public const string SectionName = "Provisioning";

    /// <summary>How long the simulated platform takes to complete CREATING, UPDATING and DELETING; 0 in tests.</summary>
    public int DelayMs { get; init; } = 2000;

    /// <summary>
    /// How long a provisioner's claim on a due action or sync lasts (renewed while it works on it): once it expires,
    /// another instance takes the trunk over, so a dead instance's work waits at most this long. Longer than the
    /// edge's longest single apply.
    /// </summary>
    public int LeaseSeconds { get; init; } = 30;

    /// <summary>For tests and demos: how long the simulated edge takes per apply or remove (0, the default: at once).</summary>
    public int SimulatedApplyMs { get; init; }

    /// <summary>The realm of the DIGEST HA1 stored for registration and inbound DIGEST passwords.</summary>
    public string DigestRealm { get; init; } = "sip.voice.infobip.com";
}
