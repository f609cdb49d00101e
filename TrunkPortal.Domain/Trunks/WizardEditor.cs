namespace TrunkPortal.Domain.Trunks;

/// <summary>The editor a simple field has in the wizard's main settings step.</summary>
public enum WizardEditorKind
{
    /// <summary>An on/off switch with a caption under it.</summary>
    Switch,

    /// <summary>A one-line text field.</summary>
    Text,

    /// <summary>A short list of values shown at once (radios).</summary>
    Choice,
}

/// <summary>
/// What the wizard's one field editor needs to render a simple field (switch, text, choice). A field without one has a
/// hand-written editor in MainSettingsStep. The texts are browser-visible: change them only on purpose.
/// </summary>
public sealed record WizardEditor
{
    public required WizardEditorKind Kind { get; init; }

    /// <summary>A switch's caption, from its position (on/off).</summary>
    public Func<bool, string>? Caption { get; init; }

    public string? HelperText { get; init; }

    public string? Placeholder { get; init; }

    /// <summary>A text field whose input is hidden (a password input).</summary>
    public bool Secret { get; init; }

    /// <summary>Extra CSS class of a text field.</summary>
    public string? Class { get; init; }

    /// <summary>A choice's values and their texts, in the order shown.</summary>
    public IReadOnlyList<(object Value, string Text)> Choices { get; init; } = [];

    /// <summary>Shown in the same grid item as the editor before it (no item of its own).</summary>
    public bool SharesItem { get; init; }

    /// <summary>Shown right after this field's editor instead of at the field's place in the table.</summary>
    public TrunkField? After { get; init; }

    /// <summary>A note shown at the editor's place for a kind the field does not apply to, or null for nothing.</summary>
    public Func<TrunkKind, string?> OffKindNote { get; init; } = _ => null;
}
