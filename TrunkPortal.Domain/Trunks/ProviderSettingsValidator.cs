using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Results;
using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Domain.Trunks;

/// <summary>The provider trunks' own settings: rules P1 (FRESHWORKS), P2 (GENESYS_CLOUD), P3 (CISCO_WEBEX), P4 (OPENAI_REALTIME).</summary>
internal sealed partial class ProviderSettingsValidator : AbstractValidator<TrunkRequest>
{
    public ProviderSettingsValidator(TrunkValidationContext context)
    {
        When(x => x.Kind == TrunkKind.Of(ProviderType.Freshworks), () =>
        {
            // P1: both are required; a SID that does not look like Twilio's is only a warning (the API's own example is "223344").
            RuleFor(x => x.AccountSid).Cascade(CascadeMode.Stop)
                .Must(s => !string.IsNullOrWhiteSpace(s))
                .WithMessage("Enter your Twilio Account SID (it starts with AC and is shown in your Twilio console).")
                .Must(s => TwilioSid().IsMatch(s!.Trim()))
                .WithSeverity(Severity.Warning)
                .WithMessage(x => $"'{x.AccountSid!.Trim()}' does not look like a Twilio Account SID, which is AC followed by " +
                    "32 hexadecimal characters. Check it; it is accepted as typed.");

            RuleFor(x => x.SipDomain).Cascade(CascadeMode.Stop)
                .Must(s => !string.IsNullOrWhiteSpace(s))
                .WithMessage("Enter the Destination Host: your Twilio SIP domain (FQDN), as received from Freshworks.")
                .Custom((domain, c) =>
                {
                    if (HostParser.ParseFqdn(domain) is { IsSuccess: false } failed)
                    {
                        c.AddFailure($"The Destination Host (Twilio SIP domain) is not valid: {failed.Error}");
                    }
                });
        });

        // P2: the region; the wizard may derive it from the login URL (GenesysRegionResolver).
        RuleFor(x => x.GenesysRegion).Cascade(CascadeMode.Stop)
            .NotNull()
            .WithMessage("Choose your Genesys Cloud region, or paste the address you log in to Genesys Cloud with so we can find it.")
            .IsInEnum()
            .WithMessage("provider.region is not a Genesys Cloud region.")
            .When(x => x.Kind == TrunkKind.Of(ProviderType.GenesysCloud));

        // P3's Cisco organization ID, P4's OpenAI project and any provider field the table marks required.
        foreach (var field in TrunkFields.All.Where(f => f.RequiredMessage is not null))
        {
            RuleFor(x => x).Custom((request, c) =>
            {
                if (field.AppliesTo(request.Kind) && field.IsBlank(request))
                {
                    c.AddFailure(new ValidationFailure(field.Member, field.RequiredMessage));
                }
            });
        }

        // P3: a US data center (CatalogLookup.IsUsOnly, which the wizard's list follows too).

        RuleFor(x => x.Location)
            .Must(code => code is null || context.IsUsDataCenter(code))
            .When(x => Catalog.CatalogLookup.IsUsOnly(x.Kind))
            .WithMessage(x => $"Cisco Webex trunks are available in the US only; '{x.Location}' is not a US data center. " +
                $"Choose one of: {string.Join(", ", context.UsDataCenterCodes())}.");
    }

    [GeneratedRegex("^AC[0-9a-fA-F]{32}$")]
    private static partial Regex TwilioSid();
}
