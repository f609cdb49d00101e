namespace TrunkPortal.Domain.Trunks;

public static partial class TrunkFields
{
    /// <summary>
    /// The main settings step's fields in the wizard's order: the table's order, except that a field whose
    /// <see cref="WizardEditor.After"/> names another comes right after that one.
    /// </summary>
    public static IReadOnlyList<TrunkFieldInfo> WizardOrder => _wizardOrder ??= BuildWizardOrder();

    private static IReadOnlyList<TrunkFieldInfo>? _wizardOrder;

    /// <summary>
    /// The grid items of the main settings step for <paramref name="kind"/>, each the fields shown in it: the fields
    /// that apply (or have an off-kind note), an editor that <see cref="WizardEditor.SharesItem"/> joining the item before it.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<TrunkFieldInfo>> WizardItems(TrunkKind kind)
    {
        var items = new List<List<TrunkFieldInfo>>();
        foreach (var field in WizardOrder.Where(f => f.AppliesTo(kind) || f.Editor?.OffKindNote(kind) is not null))
        {
            if (field.Editor is { SharesItem: true } && items.Count > 0 && items[^1][^1].Editor is not null && field.AppliesTo(kind))
            {
                items[^1].Add(field);
            }
            else
            {
                items.Add([field]);
            }
        }
        return items;
    }

    private static List<TrunkFieldInfo> BuildWizardOrder()
    {
        var order = All.Where(f => f.Step == FieldStep.MainSettings && f.Editor?.After is null).ToList();
        foreach (var moved in All.Where(f => f.Step == FieldStep.MainSettings && f.Editor?.After is not null))
        {
            var anchor = order.FindIndex(f => f.Field == moved.Editor!.After);
            if (anchor < 0)
            {
                throw new InvalidOperationException($"{moved.Member} is shown after {moved.Editor!.After}, which is not a main settings field.");
            }
            order.Insert(anchor + 1, moved);
        }
        return order;
    }
}
