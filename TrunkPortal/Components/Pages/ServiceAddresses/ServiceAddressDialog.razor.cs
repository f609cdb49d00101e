using FluentValidation;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using TrunkPortal.Components.Shared;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.ServiceAddresses;

namespace TrunkPortal.Components.Pages.ServiceAddresses;

/// <summary>Create (AddressId null) or edit a service address; closes with the saved <see cref="ServiceAddress"/>.</summary>
public partial class ServiceAddressDialog
{
    private MudForm? _form;
    private Func<object, string, Task<IEnumerable<string>>> _validation = null!;
    private IReadOnlyList<CountryRegion> _regions = [];
    private IReadOnlyList<string> _saveErrors = [];
    private bool _isSaving;

    [CascadingParameter]
    private IMudDialogInstance MudDialog { get; set; } = null!;

    [Parameter, EditorRequired]
    public Guid AccountId { get; set; }

    [Parameter]
    public Guid? AddressId { get; set; }

    [Parameter]
    public ServiceAddressRequest Model { get; set; } = new();

    [Inject]
    private TrunkPortal.Accounts.IActorProvider Actors { get; set; } = null!;

    [Inject]
    private ServiceAddressService Addresses { get; set; } = null!;

    [Inject]
    private ICountryCatalog Catalog { get; set; } = null!;

    [Inject]
    private IValidator<ServiceAddressRequest> Validator { get; set; } = null!;

    protected override void OnInitialized()
    {
        _validation = FluentValidationAdapter.ForForm(Validator);
        _regions = RegionsFor(Model.CountryCode);
    }

    private void OnCountryChanged(string? code)
    {
        Model.CountryCode = code;
        _regions = RegionsFor(code);
        if (!_regions.Any(r => r.Code == Model.CountryRegionCode))
        {
            Model.CountryRegionCode = null;
        }
    }

    private IReadOnlyList<CountryRegion> RegionsFor(string? code) =>
        string.IsNullOrEmpty(code) ? [] : Catalog.RegionsOf(code);

    private Task<IEnumerable<string>> SearchCountriesAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(Catalog.Countries
            .Where(c => Matches(text, c.Name, c.Code, CountryLabel(c.Code)))
            .Select(c => c.Code));

    private Task<IEnumerable<string>> SearchRegionsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(_regions
            .Where(r => Matches(text, r.Name, r.Code, RegionLabel(r.Code)))
            .Select(r => r.Code));

    // The box shows the chosen item's label, and searching with it must still find that item.
    private static bool Matches(string? text, string name, string code, string label) =>
        string.IsNullOrWhiteSpace(text)
        || name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || code.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)
        || string.Equals(label, text, StringComparison.Ordinal);

    private string CountryLabel(string? code) =>
        code is null ? "" : Catalog.FindCountry(code) is { } country ? $"{country.Name} ({country.Code})" : code;

    private string RegionLabel(string? code) =>
        code is null ? "" : _regions.FirstOrDefault(r => r.Code == code) is { } region ? $"{region.Name} ({region.Code})" : code;

    private void Cancel() => MudDialog.Cancel();

    private async Task SaveAsync()
    {
        _saveErrors = [];
        await _form!.ValidateAsync();
        if (!_form.IsValid)
        {
            return;
        }

        _isSaving = true;
        try
        {
            var actor = await Actors.GetAsync();
            var result = AddressId is { } id
                ? await Addresses.UpdateAsync(actor, AccountId, id, Model)
                : await Addresses.CreateAsync(actor, AccountId, Model);
            if (result.Succeeded)
            {
                MudDialog.Close(DialogResult.Ok(result.Address!));
                return;
            }

            _saveErrors = result.IsNotFound
                ? ["This service address no longer exists in your account. Close this dialog to see the current list."]
                : [.. result.Validation.Errors.Select(e => e.ErrorMessage)];
        }
        finally
        {
            _isSaving = false;
        }
    }
}
