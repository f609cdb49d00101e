using FluentValidation;

namespace TrunkPortal.Domain.Catalog;

/// <summary>One data center of the catalog (rule N4); built per catalog so it can see the other codes.</summary>
internal sealed class DataCenterValidator : AbstractValidator<DataCenter>
{
    public DataCenterValidator(PortalCatalog catalog)
    {
        RuleFor(d => d.Code)
            .Must(CatalogFormats.IsUpperSnakeCase)
            .WithMessage(d => $"'{d.Code}' is not a data center code; write it in upper snake case as the API does, e.g. KUALA_LUMPUR.")
            .Must(code => catalog.DataCenters.Count(other => other.Code == code) == 1)
            .WithMessage(d => $"the code {d.Code} is used by more than one data center; every data center needs its own code.");
        RuleFor(d => d.DisplayName).NotEmpty().WithMessage("a display name is needed, e.g. \"Frankfurt\".");
        RuleFor(d => d.Geography).NotEmpty().WithMessage("a geography is needed, e.g. \"Frankfurt, Germany\".");
        RuleFor(d => d.CountryCode)
            .Matches("^[A-Z]{3}\\z")
            .WithMessage(d => $"'{d.CountryCode}' is not a country code; write the ISO 3166 alpha-3 code, e.g. DEU or USA.");
        RuleFor(d => d.StaticSbcIp)
            .Must(BeAbsentOrIp)
            .WithMessage(d => NotAnIp(d.StaticSbcIp, "leave it null where the data center has no address for older accounts"));
        RuleFor(d => d.RegisteredSbcIp)
            .Must(BeAbsentOrIp)
            .WithMessage(d => NotAnIp(d.RegisteredSbcIp, "leave it null where the data center has no address for older accounts"));
        RuleFor(d => d.FqdnRegionLabel)
            .Must(CatalogFormats.IsDnsLabel)
            .WithMessage(d => $"'{d.FqdnRegionLabel}' is not a DNS label; write lower-case letters, digits and inner hyphens, e.g. eu.");
        RuleFor(d => d.SbcHost)
            .Must(CatalogFormats.IsHostName)
            .WithMessage(d => $"'{d.SbcHost}' is not a host name; write a lower-case name of two or more labels, e.g. sbc.eu.sip.voice.infobip.com.");
        RuleFor(d => d.SbcIp)
            .Must(CatalogFormats.IsIpAddress)
            .WithMessage(d => NotAnIp(d.SbcIp, "it is required"));
        RuleFor(d => d.Subnets)
            .NotEmpty()
            .WithMessage("at least one subnet is needed: new accounts allowlist these on their firewall.");
        RuleForEach(d => d.Subnets)
            .Must(CatalogFormats.IsCidr)
            .WithMessage((_, subnet) => $"'{subnet}' is not a subnet; write it in CIDR form with no host bits set, e.g. 62.140.31.0/24.");
    }

    private static bool BeAbsentOrIp(string? value) => string.IsNullOrEmpty(value) || CatalogFormats.IsIpAddress(value);

    private static string NotAnIp(string? value, string hint) =>
        $"'{value}' is not an IP address; write an IPv4 or IPv6 address such as 62.140.31.124 ({hint}).";
}
