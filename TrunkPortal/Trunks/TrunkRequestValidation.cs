using System.Text.Json;
using FluentValidation;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// Runs the domain's rules on a request for <see cref="TrunkService"/>: defaults (F5, F6), fixed fields (F5)
/// and the whole-request validator with the account's context. It never edits the caller's object, so a
/// refused request comes back exactly as typed.
/// </summary>
internal sealed class TrunkRequestValidation(PortalCatalog catalog, CatalogLookup lookup)
{
    public TrunkRequest PrepareCreate(TrunkRequest request)
    {
        var settings = Copy(request);
        TrunkDefaults.ApplyCreateDefaults(settings);
        settings.Location ??= lookup.DefaultLocationFor(settings.Kind, settings.GenesysRegion);
        return settings;
    }

    /// <summary>F5: location, billing package, TLS and provider settings are fixed; null if none of them changed.</summary>
    public static string? FixedFieldChanges(TrunkSettings existing, TrunkRequest update) =>
        ImmutableFields.Violations(existing, update) is { Count: > 0 } messages ? string.Join(" ", messages) : null;

    public TrunkRequest PrepareUpdate(TrunkRequest update, TrunkSettings existing)
    {
        var settings = Copy(update);
        TrunkDefaults.ApplyUpdateDefaults(settings, existing);
        return settings;
    }

    public async Task<IReadOnlyList<FieldError>> ValidateAsync(TrunkRequest settings, AccountContext account, Guid? trunkId, CancellationToken cancellationToken)
    {
        var result = await new TrunkRequestValidator(account.ValidationContext(catalog, trunkId)).ValidateAsync(settings, cancellationToken);
        return [.. result.Errors
            .Where(e => e.Severity == Severity.Error)
            .Select(e => new FieldError(e.PropertyName, e.ErrorMessage))];
    }

    private static TrunkRequest Copy(TrunkRequest request) =>
        JsonSerializer.Deserialize<TrunkRequest>(JsonSerializer.SerializeToUtf8Bytes(request))!;
}
