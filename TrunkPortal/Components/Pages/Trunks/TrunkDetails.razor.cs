using Microsoft.AspNetCore.Components;
using MudBlazor;
using TrunkPortal.Accounts;
using TrunkPortal.Components.Shared;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Trunks;

namespace TrunkPortal.Components.Pages.Trunks;

public partial class TrunkDetails
{
    private TrunkView? _trunk;
    private Guid _accountId;
    private bool _loading = true;
    private IDisposable? _subscription;

    [Parameter]
    public Guid TrunkId { get; set; }

    /// <summary>Support staff open a trunk in its account's context; account admins never pass it.</summary>
    [Parameter]
    public Guid? AccountId { get; set; }

    [Inject] private ITrunkService Trunks { get; set; } = default!;
    [Inject] private ITrunkStatusFeed StatusFeed { get; set; } = default!;
    [Inject] private IAccountScope AccountScope { get; set; } = default!;
    [Inject] private IActorProvider Actors { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _subscription?.Dispose();
        _trunk = null;
        if (await AccountScope.ResolveAsync(AccountId) is { } account)
        {
            _accountId = account;
            _trunk = await Trunks.GetAsync(account, TrunkId);
            if (_trunk is not null)
            {
                _subscription = StatusFeed.Subscribe(account, OnStatusChangedAsync);
            }
        }
        _loading = false;
    }

    private ActionCheck Check(TrunkAction action) => TrunkActions.Check(ToDomain(_trunk!.Status), action, _trunk.Settings.Type);

    private static TrunkStatus ToDomain(TrunkStatusView s) => new(s.Admin, s.Action, s.Reason, s.Registration, s.SystemDisabledRootCause);

    private Task EnableAsync() => SetAdminStatusAsync(AdminStatus.Enabled);

    private Task DisableAsync() => SetAdminStatusAsync(AdminStatus.Disabled);

    private async Task SetAdminStatusAsync(AdminStatus target)
    {
        var result = await Trunks.SetAdminStatusAsync(await Actors.GetAsync(), _accountId, TrunkId, target);
        await AfterAsync(result.Succeeded, result.Message, target == AdminStatus.Enabled ? "Trunk enabled." : "Trunk disabled.");
    }

    private async Task ResetCredentialsAsync()
    {
        if (!await ConfirmResetAsync())
        {
            return;
        }
        var result = await Trunks.ResetCredentialsAsync(await Actors.GetAsync(), _accountId, TrunkId);
        if (result.Succeeded)
        {
            await CredentialsDialog.ShowAsync(Dialogs, "New credentials", _trunk!.Settings.Name, _trunk.Sbc, result.Value!);
        }
        await AfterAsync(result.Succeeded, result.Message, null);
    }

    /// <summary>G2: a reset cannot be undone and cuts off what uses the old secrets at once, so it is confirmed first.</summary>
    private async Task<bool> ConfirmResetAsync()
    {
        var registered = _trunk!.Settings.Type == TrunkType.Registered;
        var (title, consequence) = registered
            ? ("Reset password", "The current password stops working at once: every PBX registered with it is refused at its next REGISTER until it has the new one.")
            : ("Reset credentials", "The current header value and DIGEST credentials stop working at once: the remote platform is refused until it has the new ones.");
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            title, $"Reset the {(registered ? "password" : "credentials")} of {_trunk.Settings.Name}? {consequence}",
            yesText: title, cancelText: "Cancel");
        return confirmed == true;
    }

    private async Task DeleteAsync()
    {
        if (!await DeleteTrunkDialog.ConfirmAsync(Dialogs, _trunk!.Settings.Name))
        {
            return;
        }
        var result = await Trunks.DeleteAsync(await Actors.GetAsync(), _accountId, TrunkId);
        await AfterAsync(result.Succeeded, result.Message, "Deletion submitted: the trunk shows DELETING until the platform removes it.");
    }

    private async Task AfterAsync(bool succeeded, string? failure, string? success)
    {
        if (!succeeded)
        {
            Snackbar.Add(failure ?? "That did not work.", Severity.Error);
        }
        else if (success is not null)
        {
            Snackbar.Add(success, Severity.Success);
        }
        _trunk = await Trunks.GetAsync(_accountId, TrunkId);
    }

    private async Task ReloadAsync() => _trunk = await Trunks.GetAsync(_accountId, TrunkId);

    private Task OnStatusChangedAsync(TrunkStatusChanged change) => change.TrunkId != TrunkId ? Task.CompletedTask : InvokeAsync(async () =>
    {
        if (change.Removed)
        {
            Navigation.NavigateTo(AccountId is { } account ? $"/support/accounts/{account}" : "/trunks");
            return;
        }
        _trunk = await Trunks.GetAsync(_accountId, TrunkId);
        StateHasChanged();
    });

    public void Dispose() => _subscription?.Dispose();
}
