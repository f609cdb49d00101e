using TrunkPortal.Domain.Providers;

namespace TrunkPortal.Domain.Trunks;

/// <summary>One row of <see cref="TrunkKinds"/>: everything the portal says about one trunk kind.</summary>
/// <param name="ApiName">The reference API's spelling: the <c>type</c> of an INFOBIP trunk ("STATIC"), the <c>provider.type</c> of a provider trunk ("FRESHWORKS").</param>
/// <param name="DisplayName">How the kind reads to people in lists and on the trunk page, e.g. "SIP trunk (static)", "Genesys PureCloud".</param>
/// <param name="WizardTitle">The wizard's title for the choice, e.g. "SIP trunk: static".</param>
/// <param name="WizardPurpose">The wizard's one-line explanation under the title.</param>
/// <param name="UsOnly">P3: trunks of this kind may be created in US data centers only.</param>
/// <param name="Guide">P1-P4: the provider's notes and steps, given the trunk's id once created; null for INFOBIP kinds.</param>
public sealed record TrunkKindInfo(
    TrunkKind Kind,
    string ApiName,
    string DisplayName,
    string WizardTitle,
    string WizardPurpose,
    bool UsOnly,
    Func<string?, ProviderGuide>? Guide)
{
    /// <summary>"STATIC" or "FRESHWORKS provider"; followed by "trunks" in messages.</summary>
    public string MessageName => Kind.Provider is null ? ApiName : $"{ApiName} provider";
}
