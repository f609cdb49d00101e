using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrunkPortal.Trunks;

/// <summary>
/// Stores an enum by its C# member name, as the trunk columns do (<c>HasConversion&lt;string&gt;</c>), so that
/// reordering or inserting members cannot change a stored value. It ignores the API's spellings
/// (<c>[JsonStringEnumMemberName]</c>), which may change with the API. It still reads the integers older rows hold.
/// </summary>
internal sealed class EnumNameConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<TEnum> : JsonConverter<TEnum>
        where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.Number => (TEnum)Enum.ToObject(typeof(TEnum), reader.GetInt32()),
            JsonTokenType.String when Enum.TryParse<TEnum>(reader.GetString(), ignoreCase: false, out var value)
                && Enum.IsDefined(value) => value,
            _ => throw new JsonException($"Not a {typeof(TEnum).Name}: {reader.GetString()}"),
        };

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) =>
            writer.WriteStringValue(Enum.GetName(value) ?? throw new JsonException($"Not a {typeof(TEnum).Name}: {value}"));
    }
}
