using FluentValidation;
using TrunkPortal.Domain.Limits;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Components.Pages.Trunks.Create;

/// <summary>
/// Runs the domain's step validators and limit checks (L1-L5) for one wizard step. Nothing here decides a
/// rule: it only asks the domain and keys the answers by field for the step to show.
/// </summary>
public static class StepValidation
{
    /// <summary>Errors keyed by TrunkRequest member path ("Name", "SourceHosts[1]"); "" holds step-wide messages.</summary>
    public static Dictionary<string, string> Validate(WizardStep step, TrunkDraft draft, WizardContext context)
    {
        var validationContext = ValidationContextOf(context);
        IValidator<TrunkRequest> validator = step switch
        {
            WizardStep.Provider => new ProviderStepValidator(),
            WizardStep.Plan => new PlanStepValidator(validationContext),
            WizardStep.MainSettings => new MainSettingsStepValidator(validationContext),
            WizardStep.IpConfiguration => new IpConfigurationStepValidator(),
            WizardStep.Review => new TrunkRequestValidator(validationContext),
        };
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var failure in validator.Validate(draft.Request).Errors.Where(e => e.Severity == Severity.Error))
        {
            errors.TryAdd(failure.PropertyName, failure.ErrorMessage);
        }
        if (step == WizardStep.MainSettings && !draft.IsEdit && !errors.ContainsKey(nameof(TrunkRequest.Location))
            && context.PreviewSbc(draft.Request).Refusal is { } refusal)
        {
            errors[nameof(TrunkRequest.Location)] = refusal;
        }
        if (LimitFor(step, draft, context) is { } limit)
        {
            errors.TryAdd(step == WizardStep.MainSettings ? nameof(TrunkRequest.Location) : "", limit.Message);
        }
        return errors;
    }

    /// <summary>Warnings that do not stop the step (P1's SID shape, S2's empty lists).</summary>
    public static IReadOnlyList<string> Warnings(WizardStep step, TrunkDraft draft, WizardContext context)
    {
        if (step is WizardStep.IpConfiguration or WizardStep.Review)
        {
            return StaticTrunkWarnings.For(draft.Request);
        }
        if (step != WizardStep.MainSettings)
        {
            return [];
        }
        return [.. new MainSettingsStepValidator(ValidationContextOf(context)).Validate(draft.Request).Warnings().Select(w => w.ErrorMessage)];
    }

    private static TrunkValidationContext ValidationContextOf(WizardContext context) =>
        context.Account.ValidationContext(context.Catalog.Catalog, context.EditedTrunkId);

    /// <summary>L1 at the first step, L2 and L5 once a data center is chosen, L3 and L4 at the IP step.</summary>
    public static LimitViolation? LimitFor(WizardStep step, TrunkDraft draft, WizardContext context)
    {
        var snapshot = context.Snapshot;
        var r = draft.Request;
        return step switch
        {
            WizardStep.Provider => draft.IsEdit ? null : LimitPolicy.CheckTrunkCount(snapshot),
            WizardStep.MainSettings => !draft.IsEdit && r.Location is { } location ? LimitPolicy.CheckLocation(snapshot, location) : null,
            WizardStep.IpConfiguration => LimitPolicy.CheckHosts(r.SourceHosts?.Count ?? 0, r.DestinationHosts?.Count ?? 0, snapshot.Limits),
            WizardStep.Plan or WizardStep.Review => null,
        };
    }
}
