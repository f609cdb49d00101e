using Microsoft.AspNetCore.Components;
using MudBlazor;
using TrunkPortal.Accounts;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.ServiceAddresses;

namespace TrunkPortal.Components.Pages.ServiceAddresses;

/// <summary>The account's service addresses (R1: only its own); <c>?returnUrl=</c> lets the trunk wizard send people here and back.</summary>
public partial class ServiceAddressList : IDisposable
{
    private static readonly DialogOptions _dialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };

    private MudTable<ServiceAddress>? _table;
    private Guid? _accountId;
    private bool _isLoaded;
    private readonly List<Snackbar> _toasts = [];

    [SupplyParameterFromQuery]
    public string? ReturnUrl { get; set; }

    [Inject]
    private IActorProvider Actors { get; set; } = null!;

    [Inject]
    private ServiceAddressService Addresses { get; set; } = null!;

    [Inject]
    private IAccountScope AccountScope { get; set; } = null!;

    [Inject]
    private IDialogService Dialogs { get; set; } = null!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = null!;

    /// <summary>Only a path inside the portal, so the link cannot send people to another site.</summary>
    private string? SafeReturnUrl =>
        ReturnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : null;

    protected override async Task OnInitializedAsync()
    {
        _accountId = await AccountScope.ResolveAsync(null);
        _isLoaded = true;
    }

    private async Task<TableData<ServiceAddress>> LoadPageAsync(TableState state, CancellationToken cancellationToken)
    {
        var page = await Addresses.ListAsync(_accountId!.Value, state.Page, state.PageSize, cancellationToken);
        return new TableData<ServiceAddress> { Items = page.Results, TotalItems = (int)page.TotalResults };
    }

    private static string FormatStreet(ServiceAddress address) =>
        string.Join(", ", new[] { address.Street, address.Suite, $"{address.PostCode} {address.City}" }
            .Where(part => !string.IsNullOrWhiteSpace(part)));

    private Task AddAsync() => OpenDialogAsync("Add service address", null, new ServiceAddressRequest());

    private Task EditAsync(ServiceAddress address) =>
        OpenDialogAsync("Edit service address", address.Id, new ServiceAddressRequest
        {
            Name = address.Name,
            Street = address.Street,
            City = address.City,
            PostCode = address.PostCode,
            Suite = address.Suite,
            CountryCode = address.Country.Code,
            CountryRegionCode = address.Region?.Code,
        });

    private async Task OpenDialogAsync(string title, Guid? addressId, ServiceAddressRequest model)
    {
        var parameters = new DialogParameters<ServiceAddressDialog>
        {
            { d => d.AccountId, _accountId!.Value },
            { d => d.AddressId, addressId },
            { d => d.Model, model },
        };
        var dialog = await Dialogs.ShowAsync<ServiceAddressDialog>(title, parameters, _dialogOptions);
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: ServiceAddress saved })
        {
            Toast($"Saved service address \"{saved.Name}\".", Severity.Success);
            await _table!.ReloadServerData();
        }
    }

    private async Task DeleteAsync(ServiceAddress address)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            "Delete service address",
            $"Delete \"{address.Name}\" ({address.City}, {address.Country.Name})? This cannot be undone.",
            yesText: "Delete",
            cancelText: "Cancel");
        if (confirmed != true)
        {
            return;
        }

        var deleted = await Addresses.DeleteAsync(await Actors.GetAsync(), _accountId!.Value, address.Id);
        if (deleted.IsNotFound)
        {
            Toast($"\"{address.Name}\" was already gone from your account; the list is now up to date.", Severity.Info);
        }
        else if (!deleted.Succeeded)
        {
            Toast(string.Join(" ", deleted.Validation.Errors.Select(e => e.ErrorMessage)), Severity.Warning);
        }
        else
        {
            Toast($"Deleted service address \"{address.Name}\".", Severity.Success);
        }
        await _table!.ReloadServerData();
    }

    /// <summary>This page's toasts are about this page: they go when the person leaves it (e.g. back into the wizard).</summary>
    private void Toast(string message, Severity severity)
    {
        if (Snackbar.Add(message, severity) is { } toast)
        {
            _toasts.Add(toast);
        }
    }

    public void Dispose()
    {
        foreach (var toast in _toasts)
        {
            Snackbar.Remove(toast);
        }
    }
}
