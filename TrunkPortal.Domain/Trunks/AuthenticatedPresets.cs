using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Domain.Trunks;

/// <summary>A5: the ElevenLabs, Retell AI and Vapi presets of AUTHENTICATED trunks, and their setup steps.</summary>
public static class AuthenticatedPresets
{
    public static AuthenticatedPreset ElevenLabs { get; } = new(
        AiPlatform.ElevenLabs, "ElevenLabs", "sip.rtc.elevenlabs.io:5061", PresetDirection.TowardPlatformOnly,
        "Only calls from Infobip to ElevenLabs are supported.");

    public static AuthenticatedPreset RetellAi { get; } = new(
        AiPlatform.RetellAi, "Retell AI", "sip.retellai.com", PresetDirection.BothDirections,
        "Both calls to and from Retell AI are supported.");

    public static AuthenticatedPreset Vapi { get; } = new(
        AiPlatform.Vapi, "Vapi", "sip.vapi.ai", PresetDirection.TowardPlatformOnly,
        "Only calls from Infobip to Vapi are supported: Vapi cannot add custom headers to the calls it sends.");

    public static AuthenticatedPreset Other { get; } = new(
        AiPlatform.Other, "Other platform", null, PresetDirection.PlatformDependent,
        "Enter the platform's FQDN, with a port if it needs one; which directions work depends on the platform.");

    public static IReadOnlyList<AuthenticatedPreset> All { get; } = [ElevenLabs, RetellAi, Vapi, Other];

    public static AuthenticatedPreset For(AiPlatform platform) => All.First(p => p.Platform == platform);

    /// <summary>The preset whose FQDN the trunk uses (compared normalised), else <see cref="Other"/>.</summary>
    public static AuthenticatedPreset Match(string? remoteFqdn)
    {
        var typed = HostParser.ParseFqdnWithOptionalPort(remoteFqdn);
        return typed.IsSuccess
            ? All.FirstOrDefault(p => p.RemoteFqdn is not null &&
                HostParser.ParseFqdnWithOptionalPort(p.RemoteFqdn).Host == typed.Host) ?? Other
            : Other;
    }

    /// <summary>A5: the platform's setup steps with this trunk's FQDN and inbound username filled in.</summary>
    public static IReadOnlyList<string> SetupSteps(AiPlatform platform, TrunkSetupValues values) => platform switch
    {
        AiPlatform.ElevenLabs => AuthenticatedSetupSteps.ElevenLabs(values),
        AiPlatform.RetellAi => AuthenticatedSetupSteps.RetellAi(values),
        AiPlatform.Vapi => AuthenticatedSetupSteps.Vapi(values),
        AiPlatform.Other => AuthenticatedSetupSteps.Other(values),
    };
}
