using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using TrunkPortal.Accounts;
using TrunkPortal.Api.Keys;

namespace TrunkPortal.Components.Pages.ApiKeys;

public partial class ApiKeyList
{
    private readonly DialogOptions _dialogOptions = new() { MaxWidth = MaxWidth.Small, FullWidth = true, BackdropClick = false, CloseOnEscapeKey = false };

    private Guid? _accountId;
    private IReadOnlyList<ApiKeySummary>? _keys;
    private string _newName = "";
    private string? _nameError;
    private CreatedApiKey? _created;
    private ApiKeySummary? _toRevoke;

    [Inject] private ApiKeyService Keys { get; set; } = default!;

    [Inject] private IAccountScope AccountScope { get; set; } = default!;

    [Inject] private IActorProvider Actors { get; set; } = default!;

    [Inject] private IJSRuntime Js { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _accountId = await AccountScope.ResolveAsync(null);
        await LoadAsync();
    }

    private static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private async Task LoadAsync()
    {
        if (_accountId is { } account)
        {
            _keys = await Keys.ListAsync(account);
        }
    }

    private async Task CreateAsync()
    {
        _nameError = ApiKeyService.CheckName(_newName);
        if (_nameError is not null || _accountId is not { } account)
        {
            return;
        }

        _created = await Keys.CreateAsync(await Actors.GetAsync(), account, _newName);
        _newName = "";
        await LoadAsync();
    }

    private async Task CopyAsync()
    {
        if (_created is null)
        {
            return;
        }

        try
        {
            await Js.InvokeVoidAsync("navigator.clipboard.writeText", _created.PlainKey);
            Snackbar.Add("Key copied to the clipboard.", Severity.Success);
        }
        catch (JSException)
        {
            Snackbar.Add("The browser did not allow copying: select the key and copy it by hand.", Severity.Warning);
        }
    }

    private async Task RevokeAsync()
    {
        if (_toRevoke is { } key && _accountId is { } account)
        {
            await Keys.RevokeAsync(await Actors.GetAsync(), account, key.Id);
            Snackbar.Add($"API key '{key.Name}' revoked.", Severity.Info);
        }

        _toRevoke = null;
        await LoadAsync();
    }
}
