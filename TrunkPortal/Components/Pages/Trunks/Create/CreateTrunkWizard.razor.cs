using Microsoft.AspNetCore.Components;
using MudBlazor;
using TrunkPortal.Accounts;
using TrunkPortal.Components.Shared;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.ServiceAddresses;
using TrunkPortal.Trunks;

namespace TrunkPortal.Components.Pages.Trunks.Create;

/// <summary>
/// The trunk-creation wizard of the seed's "Using the Infobip web interface", also used to edit a trunk (F5).
/// Every step is checked by the domain's step validator before the next one opens; "Pay now" sends the same
/// request the API would to <see cref="ITrunkService"/>, and a refusal brings the person back to the step to fix.
/// </summary>
public partial class CreateTrunkWizard
{
    private MudStepper? _stepper;
    private TrunkDraft? _draft;
    private WizardContext? _context;
    private List<WizardStep> _steps = [];
    private int _activeIndex;
    private string? _loadError;
    private string? _submitError;
    private bool _submitting;
    private readonly Dictionary<WizardStep, Dictionary<string, string>> _errorsByStep = [];
    private readonly HashSet<WizardStep> _attempted = [];

    /// <summary>S6 as the service answered at the last Next of the IP step; dropped by any change of the draft.</summary>
    private IReadOnlyList<FieldError> _sourceOverlaps = [];

    [Parameter]
    public Guid? TrunkId { get; set; }

    /// <summary>Support staff edit a trunk in its account's context.</summary>
    [Parameter]
    public Guid? AccountId { get; set; }

    [SupplyParameterFromQuery(Name = "resume")]
    public bool Resume { get; set; }

    [Inject] private ITrunkService Trunks { get; set; } = default!;
    [Inject] private IAccountScope AccountScope { get; set; } = default!;
    [Inject] private IActorProvider Actors { get; set; } = default!;
    [Inject] private AccountContextQuery AccountContexts { get; set; } = default!;
    [Inject] private ServiceAddressService ServiceAddresses { get; set; } = default!;
    [Inject] private CatalogLookup Catalog { get; set; } = default!;
    [Inject] private SbcAllocator SbcAllocator { get; set; } = default!;
    [Inject] private WizardDraftStore DraftStore { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        if (await AccountScope.ResolveAsync(AccountId) is not { } accountId || await AccountContexts.GetAsync(accountId) is not { } account)
        {
            _loadError = "Creating a trunk needs an account: sign in as the account's admin.";
            return;
        }
        var addresses = (await ServiceAddresses.ListAsync(accountId, 0, ServiceAddressService.MaxPageSize)).Results;
        if (TrunkId is { } id)
        {
            if (await Trunks.GetAsync(accountId, id) is not { } trunk)
            {
                _loadError = "There is no SIP trunk at this address, or it belongs to another account.";
                return;
            }
            _draft = TrunkDraft.ForEdit(id, trunk.Settings.ToRequest());
        }
        else if (Resume && DraftStore.Take() is { } kept)
        {
            _draft = kept.Draft;
            _activeIndex = kept.Step;
        }
        else
        {
            _draft = new TrunkDraft();
        }
        _context = new WizardContext(account, Catalog, SbcAllocator, addresses, TrunkId);
        _steps = StepsFor(_draft);
    }

    private string TrunkPagePath => AccountId is { } account ? $"/support/accounts/{account}/trunks/{TrunkId}" : $"/trunks/{TrunkId}";

    private static List<WizardStep> StepsFor(TrunkDraft draft) => draft.IsStatic
        ? [WizardStep.Provider, WizardStep.Plan, WizardStep.MainSettings, WizardStep.IpConfiguration, WizardStep.Review]
        : [WizardStep.Provider, WizardStep.Plan, WizardStep.MainSettings, WizardStep.Review];

    private static string Title(WizardStep step) => step switch
    {
        WizardStep.Provider => "Provider",
        WizardStep.Plan => "Plan and channels",
        WizardStep.MainSettings => "Main settings",
        WizardStep.IpConfiguration => "IP configuration",
        WizardStep.Review => "Review order",
    };

    private IReadOnlyDictionary<string, string> Errors(WizardStep step) =>
        _errorsByStep.TryGetValue(step, out var errors) ? errors : new Dictionary<string, string>();

    private IReadOnlyList<string> Warnings(WizardStep step) => StepValidation.Warnings(step, _draft!, _context!);

    private string? StepLimit(WizardStep step) =>
        Errors(step).TryGetValue("", out var message) ? message
        : step == WizardStep.Provider ? StepValidation.LimitFor(step, _draft!, _context!)?.Message
        : null;

    private bool Validate(WizardStep step)
    {
        _attempted.Add(step);
        var errors = StepValidation.Validate(step, _draft!, _context!);
        if (step == WizardStep.IpConfiguration)
        {
            foreach (var overlap in _sourceOverlaps)
            {
                errors.TryAdd(overlap.Property, overlap.Message);
            }
        }
        _errorsByStep[step] = errors;
        return errors.Count == 0;
    }

    private Task OnChangedAsync()
    {
        _submitError = null;
        _sourceOverlaps = [];
        var steps = StepsFor(_draft!);
        if (!steps.SequenceEqual(_steps))
        {
            _steps = steps;
        }
        foreach (var step in _attempted.ToList())
        {
            Validate(step);
        }
        StateHasChanged();
        return Task.CompletedTask;
    }

    private async Task OnPreviewInteractionAsync(StepperInteractionEventArgs args)
    {
        var current = _steps[_activeIndex];
        if (args.Action == StepAction.Complete || (args.Action == StepAction.Activate && args.StepIndex > _activeIndex))
        {
            // A host typed and not added is added now, or stops the step with its message (nothing typed is lost).
            var typedAdded = current != WizardStep.IpConfiguration || _draft!.AddTypedHosts();
            if (current == WizardStep.IpConfiguration && typedAdded && await AccountScope.ResolveAsync(AccountId) is { } accountId)
            {
                _sourceOverlaps = await Trunks.CheckSourceHostsAsync(accountId, _draft!.Request, _draft.EditedTrunkId);
            }
            args.Cancel = !typedAdded || !Validate(current) || StepValidation.LimitFor(current, _draft!, _context!) is not null;
            if (args.Action == StepAction.Activate && !args.Cancel)
            {
                // Forward jumps only over steps that pass too.
                args.Cancel = _steps.Take(args.StepIndex).Any(s => !Validate(s));
            }
        }
    }

    private async Task NextAsync()
    {
        if (_stepper is not null)
        {
            await _stepper.NextStepAsync();
        }
    }

    private async Task BackAsync()
    {
        if (_stepper is not null)
        {
            await _stepper.PreviousStepAsync();
        }
    }

    private Task GoToAsync(WizardStep step)
    {
        _activeIndex = Math.Max(0, _steps.IndexOf(step));
        return Task.CompletedTask;
    }

    private void GoToServiceAddresses()
    {
        DraftStore.Keep(_draft!, _activeIndex);
        Navigation.NavigateTo("/service-addresses?returnUrl=" + Uri.EscapeDataString("/trunks/new?resume=true"));
    }

    private async Task SubmitAsync()
    {
        _submitting = true;
        _submitError = null;
        try
        {
            foreach (var step in _steps.Where(s => s != WizardStep.Review))
            {
                if (!Validate(step))
                {
                    await ShowStepAsync(step, $"Please fix the {Title(step)} step.");
                    return;
                }
            }
            if (await AccountScope.ResolveAsync(AccountId) is not { } accountId)
            {
                _submitError = "Your session no longer has an account; sign in again.";
                return;
            }
            var actor = await Actors.GetAsync();
            if (_draft!.EditedTrunkId is { } trunkId)
            {
                var updated = await Trunks.UpdateAsync(actor, accountId, trunkId, _draft.Request);
                if (await HandleFailureAsync(updated.Succeeded, updated.Status, updated.Errors, updated.RuleId, updated.Message))
                {
                    return;
                }
                Navigation.NavigateTo(TrunkPagePath);
                return;
            }
            var created = await Trunks.CreateAsync(actor, accountId, _draft.Request);
            if (await HandleFailureAsync(created.Succeeded, created.Status, created.Errors, created.RuleId, created.Message))
            {
                return;
            }
            var result = created.Value!;
            await CredentialsDialog.ShowAsync(Dialogs, "SIP trunk submitted", result.Trunk.Settings.Name, result.Trunk.Sbc, result.Secrets);
            Navigation.NavigateTo("/trunks");
        }
        finally
        {
            _submitting = false;
        }
    }

    /// <summary>A refused submission keeps everything typed and opens the step that has to change.</summary>
    private async Task<bool> HandleFailureAsync(bool succeeded, OperationStatus status, IReadOnlyList<FieldError> errors, string? ruleId, string? message)
    {
        if (succeeded)
        {
            return false;
        }
        if (status == OperationStatus.Invalid && errors.Count > 0)
        {
            var step = StepOf(errors[0].Property);
            _errorsByStep[step] = errors.GroupBy(e => e.Property).ToDictionary(g => g.Key, g => g.First().Message);
            _attempted.Add(step);
            await ShowStepAsync(step, $"The platform refused the request: fix the {Title(step)} step. {errors[0].Message}");
            return true;
        }
        var refusedStep = ruleId switch
        {
            "L1" => WizardStep.Provider,
            "L2" or "L5" or "F3" or "N1" or "N4" or "U1" => WizardStep.MainSettings,
            "L3" or "L4" or "S6" => _draft!.IsStatic ? WizardStep.IpConfiguration : WizardStep.Review,
            _ => WizardStep.Review,
        };
        await ShowStepAsync(refusedStep, status == OperationStatus.NotFound
            ? "This trunk no longer exists in your account."
            : $"{message} (step: {Title(refusedStep)})");
        return true;
    }

    private Task ShowStepAsync(WizardStep step, string message)
    {
        _submitError = message;
        return GoToAsync(step);
    }

    /// <summary>The step of the field an error names ("SourceHosts[1]" is the IP configuration's); anything else is on the main settings.</summary>
    private static WizardStep StepOf(string property)
    {
        if (property is nameof(TrunkRequest.Type) or nameof(TrunkRequest.Provider))
        {
            return WizardStep.Provider;
        }

        var field = TrunkFields.All.FirstOrDefault(f => property == f.Member
            || property.StartsWith(f.Member + "[", StringComparison.Ordinal) || property.StartsWith(f.Member + ".", StringComparison.Ordinal));
        return field?.Step switch
        {
            FieldStep.Plan => WizardStep.Plan,
            FieldStep.IpConfiguration => WizardStep.IpConfiguration,
            FieldStep.MainSettings or null => WizardStep.MainSettings,
            _ => throw new InvalidOperationException($"No wizard step for {field.Step}."),
        };
    }
}
