namespace TrunkPortal.Components.Pages.Trunks.Create;

/// <summary>
/// Circuit-scoped: keeps the wizard's draft while the person visits the service-address page from the
/// main-settings step (U1), so nothing typed is lost when they come back.
/// </summary>
public sealed class WizardDraftStore
{
    public TrunkDraft? Draft { get; private set; }

    public int Step { get; private set; }

    public void Keep(TrunkDraft draft, int step)
    {
        Draft = draft;
        Step = step;
    }

    public (TrunkDraft Draft, int Step)? Take()
    {
        if (Draft is null)
        {
            return null;
        }
        var kept = (Draft, Step);
        Draft = null;
        return kept;
    }
}
