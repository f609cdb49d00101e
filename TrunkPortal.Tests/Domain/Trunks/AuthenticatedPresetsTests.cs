using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

public class AuthenticatedPresetsTests
{
    private static readonly TrunkSetupValues _values = new("a1b2c3d4.eu.sip.voice.infobip.com", "inbound-user-7");

    [Theory]
    [Trait("Rule", "A5")]
    [InlineData(AiPlatform.ElevenLabs, "sip.rtc.elevenlabs.io:5061", PresetDirection.TowardPlatformOnly)]
    [InlineData(AiPlatform.RetellAi, "sip.retellai.com", PresetDirection.BothDirections)]
    [InlineData(AiPlatform.Vapi, "sip.vapi.ai", PresetDirection.TowardPlatformOnly)]
    [InlineData(AiPlatform.Other, null, PresetDirection.PlatformDependent)]
    public void For_ShouldGiveTheSeedsFqdnAndDirection(AiPlatform platform, string? fqdn, PresetDirection direction)
    {
        var preset = AuthenticatedPresets.For(platform);

        Assert.Equal(fqdn, preset.RemoteFqdn);
        Assert.Equal(direction, preset.Direction);
        Assert.NotEmpty(preset.DirectionText);
    }

    [Theory]
    [Trait("Rule", "A5")]
    [InlineData("sip.rtc.elevenlabs.io:5061", AiPlatform.ElevenLabs)]
    [InlineData(" SIP.RetellAI.com ", AiPlatform.RetellAi)]
    [InlineData("sip.vapi.ai", AiPlatform.Vapi)]
    [InlineData("sip.rtc.elevenlabs.io", AiPlatform.Other)]
    [InlineData("sip.remote.com:5061", AiPlatform.Other)]
    [InlineData(null, AiPlatform.Other)]
    public void Match_ShouldRecogniseAPresetFromTheTrunksFqdn(string? fqdn, AiPlatform platform)
    {
        Assert.Equal(platform, AuthenticatedPresets.Match(fqdn).Platform);
    }

    [Fact]
    [Trait("Rule", "A5")]
    public void SetupSteps_ShouldFillTheTrunksValues_ForElevenLabs()
    {
        var steps = AuthenticatedPresets.SetupSteps(AiPlatform.ElevenLabs, _values);

        Assert.Contains(steps, s => s.Contains("Address a1b2c3d4.eu.sip.voice.infobip.com:5071; Transport type TLS", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("Remote domains: a1b2c3d4.eu.sip.voice.infobip.com.", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("custom header with the key X-IB-AccessCode", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("SIP Trunk Username: inbound-user-7.", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "A5")]
    public void SetupSteps_ShouldFillTheTrunksValues_ForRetellAi()
    {
        var steps = AuthenticatedPresets.SetupSteps(AiPlatform.RetellAi, _values);

        Assert.Contains("Termination URI: a1b2c3d4.eu.sip.voice.infobip.com.", steps);
        Assert.Contains(steps, s => s.Contains("SIP trunk User Name: inbound-user-7.", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("outbound transport TLS", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("X-IB-AccessCode", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "A5")]
    public void SetupSteps_ShouldUseTheVapiAlphaIdentifier_ForVapi()
    {
        var steps = AuthenticatedPresets.SetupSteps(AiPlatform.Vapi, _values);

        Assert.Contains(steps, s => s.Contains("Free Vapi SIP", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Contains("set the username to the alpha identifier", StringComparison.Ordinal));
    }

    [Theory]
    [Trait("Rule", "A5")]
    [InlineData(AiPlatform.ElevenLabs)]
    [InlineData(AiPlatform.RetellAi)]
    [InlineData(AiPlatform.Vapi)]
    [InlineData(AiPlatform.Other)]
    public void SetupSteps_ShouldNeverContainASecretOrAnUnfilledPlaceholder(AiPlatform platform)
    {
        var steps = AuthenticatedPresets.SetupSteps(platform, _values);

        Assert.NotEmpty(steps);
        Assert.DoesNotContain(steps, s => s.Contains('<', StringComparison.Ordinal) || s.Contains('{', StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "A5")]
    public void SetupSteps_ShouldReferToTheUsername_WhenItIsNotKnown()
    {
        var steps = AuthenticatedPresets.SetupSteps(AiPlatform.ElevenLabs, _values with { InboundUsername = null });

        Assert.Contains(steps, s => s.Contains("SIP Trunk Username: the inbound DIGEST username of this trunk.", StringComparison.Ordinal));
    }
}
