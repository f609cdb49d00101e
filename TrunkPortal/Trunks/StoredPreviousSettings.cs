using System.Text.Json;
using System.Text.Json.Nodes;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// What <see cref="Data.TrunkEntity.PreviousSettingsJson"/> holds during an edit: the settings before it
/// (<see cref="TrunkSettings"/>), which a RESET restores (T3, E2) and whose source hosts stay claimed meanwhile
/// (S6). Its JSON carries the member names of <see cref="TrunkSettings"/>, which the JSON of
/// <see cref="TrunkRequest"/> also used before version 2 (enums as integers then, read still). Version 2 writes
/// enums by name, so no change to an enum's member order alters a restore. There is no list of fields here: a new
/// setting is stored and restored as soon as <see cref="TrunkSettings"/> has it. JSON written before a field existed
/// reads that field as null; the entity's binding (<c>TrunkEntity.WriteSettings</c>, <c>?? default</c>) fills it when a
/// RESET writes the settings back.
/// </summary>
internal static class StoredPreviousSettings
{
    public const int CurrentVersion = 2;

    private static readonly JsonSerializerOptions _options = new() { Converters = { new EnumNameConverter() } };

    public static string Write(TrunkSettings settings)
    {
        var json = JsonSerializer.SerializeToNode(settings, _options)!.AsObject();
        json.Remove(nameof(TrunkSettings.Kind));
        json.Insert(0, "Version", CurrentVersion);
        return json.ToJsonString(_options);
    }

    /// <summary>Reads either version; members older JSON carried besides the settings (Kind, HeaderValue) are ignored.</summary>
    public static TrunkSettings Read(string json) =>
        JsonSerializer.Deserialize<TrunkSettings>(json, _options) ?? throw new JsonException("The stored previous settings are null.");
}
