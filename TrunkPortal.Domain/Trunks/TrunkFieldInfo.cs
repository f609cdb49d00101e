namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// One trunk setting as the rules see it: which kinds have it (F1), its names, whether it is fixed at creation (F5),
/// its default, whether it is secret (R3) and where the wizard asks for it. <see cref="TrunkFields"/> holds one per setting.
/// </summary>
public abstract record TrunkFieldInfo
{
    /// <summary>The member path of <see cref="TrunkRequest"/> ("SipOptionsEnabled", "BillingPackage.AddressId"): the validation property and the audit name.</summary>
    public required string Member { get; init; }

    /// <summary>The F1 field; null for the plan settings (channel limit, package type, country code), which every kind has.</summary>
    public TrunkField? Field { get; init; }

    /// <summary>The reference API's name for messages, e.g. "sipOptions", "provider.accountSid".</summary>
    public required string ApiName { get; init; }

    /// <summary>The JSON path an error is keyed by; the API name unless the JSON nests it (sipOptions.enabled).</summary>
    public string JsonPath { get => _jsonPath ?? ApiName; init => _jsonPath = value; }

    /// <summary>The label of the wizard's editor and of the review row.</summary>
    public required string Label { get; init; }

    /// <summary>The trunk page's label, where it differs from <see cref="Label"/>.</summary>
    public string PageLabel { get => _pageLabel ?? Label; init => _pageLabel = value; }

    public required FieldStep Step { get; init; }

    /// <summary>F1: whether a kind has this field.</summary>
    public required Func<TrunkKind, bool> AppliesTo { get; init; }

    /// <summary>F1: a request of a kind without the field may still carry the value that kind has anyway (tls=false for FRESHWORKS).</summary>
    public Func<TrunkRequest, bool> CarriesImpliedValue { get; init; } = _ => false;

    /// <summary>F5: cannot change after the trunk is created.</summary>
    public bool FixedAtCreation { get; init; }

    /// <summary>R3: never shown in clear in the audit log.</summary>
    public bool Secret { get; init; }

    /// <summary>The field's value as the review or the trunk page shows it; null for no row.</summary>
    public Func<TrunkSettings, SettingsRowContext, string?> Show { get; init; } = (_, _) => null;

    /// <summary>The JSON object the field sits in ("provider", "billingPackage"), or "" for a top-level field.</summary>
    public string JsonObject => ApiName.Contains('.') ? ApiName[..ApiName.IndexOf('.')] : "";

    private readonly string? _jsonPath;
    private readonly string? _pageLabel;

    /// <summary>
    /// Where the field applies, a blank value is refused with this message (a provider's own required field, such as
    /// P3's ciscoUUID or P4's projectId); null when the field is optional or has rules of its own in a validator.
    /// </summary>
    public string? RequiredMessage { get; init; }

    /// <summary>Whether the request's value is missing or, for text, blank.</summary>
    public abstract bool IsBlank(TrunkRequest request);

    /// <summary>Whether the request carries a value for the field.</summary>
    /// <summary>The field's editor in the wizard's main settings step; null for a hand-written one (or none).</summary>
    public WizardEditor? Editor { get; init; }

    /// <summary>The value, boxed (for the wizard's field editor).</summary>
    public abstract object? GetValue(TrunkRequest request);

    /// <summary>Sets the value from a boxed one (for the wizard's field editor).</summary>
    public abstract void SetValue(TrunkRequest request, object? value);

    public abstract bool IsGiven(TrunkRequest request);

    /// <summary>Forgets the request's value.</summary>
    public abstract void Clear(TrunkRequest request);

    /// <summary>Fills the default where the kind has the field and the request omitted it.</summary>
    public abstract void ApplyDefault(TrunkRequest request);

    /// <summary>The settings with the request's value of this field.</summary>
    public abstract TrunkSettings StoreFrom(TrunkRequest request, TrunkSettings into);

    /// <summary>F5: the update takes the stored value.</summary>
    public abstract void CopyStored(TrunkRequest update, TrunkSettings stored);

    /// <summary>F5: the update takes the stored value where it omitted the field.</summary>
    public abstract void KeepStoredWhenOmitted(TrunkRequest update, TrunkSettings stored);

    /// <summary>F5: the stored value when the update gives a different one, else no value.</summary>
    public abstract bool Changes(TrunkSettings stored, TrunkRequest update, out object? before);
}
