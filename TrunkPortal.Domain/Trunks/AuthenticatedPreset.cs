namespace TrunkPortal.Domain.Trunks;

/// <summary>A5: one AI platform preset: the remote FQDN to use and which call directions work.</summary>
public sealed record AuthenticatedPreset(
    AiPlatform Platform,
    string DisplayName,
    string? RemoteFqdn,
    PresetDirection Direction,
    string DirectionText);
