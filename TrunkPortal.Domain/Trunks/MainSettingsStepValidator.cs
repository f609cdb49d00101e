using FluentValidation;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// Wizard step "Main trunk settings": F2 codecs and media options, F3 name, data center and U1 service
/// address, P1-P4 provider settings, A1/A3 authenticated settings.
/// </summary>
public sealed class MainSettingsStepValidator : AbstractValidator<TrunkRequest>
{
    public MainSettingsStepValidator(TrunkValidationContext context)
    {
        Include(new TrunkNameValidator(context));
        Include(new LocationValidator(context));
        Include(new CodecSettingsValidator());
        Include(new ProviderSettingsValidator(context));
        Include(new AuthenticatedSettingsValidator());
    }
}
