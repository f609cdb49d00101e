using FluentValidation;
using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Domain.Trunks;

/// <summary>AUTHENTICATED trunks: A1 the remote platform's FQDN with optional port; A3 the optional header value.</summary>
internal sealed class AuthenticatedSettingsValidator : AbstractValidator<TrunkRequest>
{
    public const int HeaderValueMinLength = 8;
    public const int HeaderValueMaxLength = 128;

    public AuthenticatedSettingsValidator()
    {
        When(x => x.Type == TrunkType.Authenticated, () =>
        {
            RuleFor(x => x.RemoteFqdn).Cascade(CascadeMode.Stop)
                .Must(s => !string.IsNullOrWhiteSpace(s))
                .WithMessage("Enter the FQDN of the remote platform Infobip sends calls to, with a port if it needs one " +
                    "(for example sip.remote.com:5061); for ElevenLabs, Retell AI and Vapi pick the preset.")
                .Custom((fqdn, c) =>
                {
                    if (HostParser.ParseFqdnWithOptionalPort(fqdn) is { IsSuccess: false } failed)
                    {
                        c.AddFailure(failed.Error);
                    }
                });

            RuleFor(x => x.HeaderValue)
                .Must(IsValidHeaderValue!)
                .When(x => !string.IsNullOrEmpty(x.HeaderValue))
                .WithMessage($"The header value (X-IB-AccessCode) must be {HeaderValueMinLength} to {HeaderValueMaxLength} " +
                    "characters of letters, digits or symbols, without spaces; leave it empty to have one generated.");
        });
    }

    /// <summary>A3: printable ASCII, no spaces, so it travels unchanged in a SIP header.</summary>
    private static bool IsValidHeaderValue(string value) =>
        value.Length is >= HeaderValueMinLength and <= HeaderValueMaxLength && value.All(c => c is >= '!' and <= '~');
}
