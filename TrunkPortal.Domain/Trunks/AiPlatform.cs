namespace TrunkPortal.Domain.Trunks;

/// <summary>The AI voice platforms the seed documents for AUTHENTICATED trunks (rule A5), plus any other.</summary>
public enum AiPlatform
{
    ElevenLabs,
    RetellAi,
    Vapi,
    Other,
}
