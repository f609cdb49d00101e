namespace TrunkPortal.Domain.Trunks;

/// <summary>Which calls an AI platform supports over an AUTHENTICATED trunk (rule A5).</summary>
public enum PresetDirection
{
    /// <summary>Only calls from Infobip toward the platform.</summary>
    TowardPlatformOnly,

    /// <summary>Calls toward and from the platform.</summary>
    BothDirections,

    /// <summary>Depends on the platform: not documented by the seed.</summary>
    PlatformDependent,
}
