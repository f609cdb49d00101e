namespace TrunkPortal.Domain.Trunks;

/// <summary>Rule F1: the seed's "Main trunk settings" matrix, which fields each trunk kind has.</summary>
public static class FieldMatrix
{
    /// <summary>Every trunk kind a person can create: three INFOBIP types and the four providers (<see cref="TrunkKinds"/>).</summary>
    public static IReadOnlyList<TrunkKind> AllKinds { get; } = [.. TrunkKinds.All.Select(k => k.Kind)];

    /// <summary>F1: whether <paramref name="kind"/> has <paramref name="field"/> as an input.</summary>
    public static bool Applies(TrunkKind kind, TrunkField field) => TrunkFields.Of(field).AppliesTo(kind);

    /// <summary>F1: AUTHENTICATED trunks always use TLS; the answer reports tls=true for them.</summary>
    public static bool IsTlsAlwaysOn(TrunkKind kind) => kind.Type == TrunkType.Authenticated;

    /// <summary>
    /// F1: a field a kind does not have may still be sent with the value that kind has anyway, where the reference's
    /// request shape carries it: its provider request has <c>tls</c> (default false) for every provider, so a FRESHWORKS
    /// trunk accepts <c>"tls": false</c> and refuses only <c>true</c>. (The authenticated request has no <c>tls</c>.)
    /// </summary>
    public static bool CarriesImpliedValue(TrunkRequest request, TrunkField field) =>
        TrunkFields.Of(field).CarriesImpliedValue(request);

    /// <summary>The fields the wizard shows for <paramref name="kind"/>, in the order of <see cref="TrunkField"/>.</summary>
    public static IReadOnlyList<TrunkField> FieldsOf(TrunkKind kind) =>
        Enum.GetValues<TrunkField>().Where(f => Applies(kind, f)).ToList();

    /// <summary>The field's name in the reference API, e.g. "sipOptions", "provider.accountSid".</summary>
    public static string ApiName(TrunkField field) => TrunkFields.Of(field).ApiName;

    /// <summary>Forgets values the request's kind does not have, e.g. after the wizard's kind changed.</summary>
    public static void ClearInapplicable(TrunkRequest request)
    {
        var kind = request.Kind;
        foreach (var field in TrunkFields.All.Where(f => !f.AppliesTo(kind)))
        {
            field.Clear(request);
        }
    }

    /// <summary>F1's refusal: "sipOptions does not apply to REGISTERED trunks; it applies to STATIC trunks only".</summary>
    public static string NotApplicableMessage(TrunkKind kind, TrunkField field) => NotApplicableMessage(kind, TrunkFields.Of(field));

    /// <inheritdoc cref="NotApplicableMessage(TrunkKind, TrunkField)"/>
    public static string NotApplicableMessage(TrunkKind kind, TrunkFieldInfo field)
    {
        var name = field.ApiName;
        if (field.Field == TrunkField.Tls && IsTlsAlwaysOn(kind))
        {
            return $"{name} does not apply to {ApiNames.Of(kind)} trunks: they always use TLS, so leave it out.";
        }

        var kinds = AllKinds.Where(field.AppliesTo).Select(ApiNames.Of).ToList();
        var only = kinds.Count == 1 ? " only" : "";
        return $"{name} does not apply to {ApiNames.Of(kind)} trunks; it applies to {ApiNames.List(kinds)} trunks{only}.";
    }
}
