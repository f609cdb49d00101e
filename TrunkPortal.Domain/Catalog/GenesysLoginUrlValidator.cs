using FluentValidation;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Catalog;

/// <summary>One row of the Genesys login URL table (rule P2's data, kept in the catalog by rule N4).</summary>
internal sealed class GenesysLoginUrlValidator : AbstractValidator<GenesysLoginUrl>
{
    public GenesysLoginUrlValidator()
    {
        RuleFor(g => g.Url)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            .WithMessage(g => $"'{g.Url}' is not an https address; write the full login URL, e.g. https://login.mypurecloud.de.");
        RuleFor(g => g.DisplayName).NotEmpty().WithMessage("a display name is needed, e.g. \"EU Central 1\".");
        RuleFor(g => g.Region)
            .IsInEnum()
            .WithMessage(g => $"'{g.Region}' is not a Genesys region; use one of {string.Join(", ", Enum.GetNames<GenesysRegion>())}.");
    }
}
