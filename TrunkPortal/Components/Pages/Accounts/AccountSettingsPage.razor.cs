using Microsoft.AspNetCore.Components;
using MudBlazor;
using TrunkPortal.Accounts;
using TrunkPortal.Trunks;

namespace TrunkPortal.Components.Pages.Accounts;

public partial class AccountSettingsPage
{
    private AccountSettings? _settings;
    private bool _loading = true;
    private bool _canEdit;
    private bool _metered;
    private bool _unlimited;
    private List<LimitRow> _limitRows = [];
    private IReadOnlyList<TrunkView> _trunks = [];

    /// <summary>Set when support staff open an account from the support console.</summary>
    [Parameter]
    public Guid? AccountId { get; set; }

    [Inject] private IAccountScope AccountScope { get; set; } = default!;
    [Inject] private AccountSettingsService Accounts { get; set; } = default!;
    [Inject] private ITrunkService Trunks { get; set; } = default!;
    [Inject] private IActorProvider Actors { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        var isSupport = await AccountScope.IsSupportAsync();
        _canEdit = isSupport && AccountId is not null;
        if (await AccountScope.ResolveAsync(AccountId) is { } account)
        {
            await LoadAsync(account);
        }
        _loading = false;
    }

    private async Task LoadAsync(Guid account)
    {
        _settings = await Accounts.GetAsync(account);
        if (_settings is null)
        {
            return;
        }
        _metered = _settings.MeteredActive;
        _unlimited = _settings.UnlimitedActive;
        var d = _settings.Defaults;
        var o = _settings.Overrides;
        _limitRows =
        [
            new("Trunks per account (L1)", d.TrunksPerAccount, o.TrunksPerAccount),
            new("Trunks per data center (L2)", d.TrunksPerDataCenter, o.TrunksPerDataCenter),
            new("Source IPs per trunk (L3)", d.SourceHostsPerTrunk, o.SourceHostsPerTrunk),
            new("Destination IPs/FQDNs per trunk (L4)", d.DestinationHostsPerTrunk, o.DestinationHostsPerTrunk),
            new("Data centers per account (L5)", d.DataCentersPerAccount, o.DataCentersPerAccount),
        ];
        if (_canEdit)
        {
            _trunks = (await Trunks.ListAsync(account, null, 0, 100)).Results;
        }
    }

    private async Task SavePlansAsync()
    {
        var result = await Accounts.SetPlansAsync(await Actors.GetAsync(), _settings!.AccountId, _metered, _unlimited);
        Snackbar.Add(result.Succeeded ? "Plans saved." : result.Message ?? "Not saved.", result.Succeeded ? Severity.Success : Severity.Error);
        await LoadAsync(_settings.AccountId);
    }

    private async Task SaveLimitsAsync()
    {
        var r = _limitRows;
        var result = await Accounts.SetLimitsAsync(await Actors.GetAsync(), _settings!.AccountId,
            new LimitOverrides(r[0].Override, r[1].Override, r[2].Override, r[3].Override, r[4].Override));
        if (!result.Succeeded)
        {
            Snackbar.Add(string.Join(" ", result.Errors.Select(e => e.Message)), Severity.Error);
            return;
        }
        Snackbar.Add("Limits saved.", Severity.Success);
        await LoadAsync(_settings.AccountId);
    }

    private sealed class LimitRow(string label, int @default, int? @override)
    {
        public string Label { get; } = label;

        public int Default { get; } = @default;

        public int? Override { get; set; } = @override;
    }
}
