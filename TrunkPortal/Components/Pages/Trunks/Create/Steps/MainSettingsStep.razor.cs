using System.Globalization;
using Microsoft.AspNetCore.Components;
using TrunkPortal.Domain.Providers;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Components.Pages.Trunks.Create.Steps;

public partial class MainSettingsStep
{
    private string? _genesysUrlError;

    [Parameter, EditorRequired] public TrunkDraft Draft { get; set; } = default!;
    [Parameter, EditorRequired] public WizardContext Context { get; set; } = default!;
    [Parameter] public IReadOnlyDictionary<string, string> Errors { get; set; } = new Dictionary<string, string>();
    [Parameter] public IReadOnlyList<string> Warnings { get; set; } = [];
    [Parameter] public EventCallback Changed { get; set; }
    [Parameter] public EventCallback OnCreateServiceAddress { get; set; }

    private bool Applies(TrunkField field) => FieldMatrix.Applies(Draft.Kind, field);

    /// <summary>The editor's label, the one the review and the trunk page show too.</summary>
    private static string LabelOf(TrunkField field) => TrunkFields.Of(field).Label;

    private bool Has(string key) => Errors.ContainsKey(key);

    private string? Err(string key) => Errors.GetValueOrDefault(key);

    // "Static", "Registered", "Authenticated": the kind's API name as a word.
    private string TypeName => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(TrunkKinds.Of(Draft.Kind).ApiName.ToLowerInvariant());

    private string DefaultLocationText =>
        $"Default: {Context.DataCenterName(Context.Catalog.DefaultLocationFor(Draft.Kind, Draft.Request.GenesysRegion))}";

    /// <summary>U1: a US data center and no declared service address yet.</summary>
    private bool NeedsServiceAddressFirst =>
        !Draft.IsEdit && Context.ServiceAddresses.Count == 0 && Context.Catalog.IsUnitedStates(EffectiveLocation);

    private string? EffectiveLocation => Draft.Request.Location ?? Context.Catalog.DefaultLocationFor(Draft.Kind, Draft.Request.GenesysRegion);

    private string FqdnHelp => Draft.Preset == AiPlatform.Other
        ? "The remote platform's FQDN, with a port if it needs one, e.g. sip.remote.com:5061."
        : $"Set by the {AuthenticatedPresets.For(Draft.Preset).DisplayName} preset.";

    private async Task SetAsync(Action change)
    {
        change();
        await Changed.InvokeAsync();
    }

    private async Task LocationAsync(string? code)
    {
        Draft.Request.Location = code;
        await Changed.InvokeAsync();
    }

    /// <summary>P2: the region follows from the login URL people know, using the seed's table.</summary>
    private async Task GenesysUrlAsync(string? url)
    {
        Draft.GenesysLoginUrl = url;
        _genesysUrlError = null;
        if (!string.IsNullOrWhiteSpace(url))
        {
            var resolution = new GenesysRegionResolver(Context.Catalog.Catalog).Resolve(url);
            if (resolution.IsSuccess)
            {
                Draft.Request.GenesysRegion = resolution.Region;
            }
            else
            {
                _genesysUrlError = resolution.Error;
            }
        }
        await Changed.InvokeAsync();
    }
}
