using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace TrunkPortal.Api.Json;

/// <summary>
/// Explains a value System.Text.Json refused: finds the member the JSON path points at and says what it
/// accepts (for an enum, every value as the API spells it), quoting the value that was sent.
/// </summary>
public static class JsonValueDescriber
{
    public static string Describe(Type rootType, IReadOnlyList<object> path, JsonElement root)
    {
        var name = JsonPath.Format(path);
        var target = TargetType(rootType, path);
        var sent = SentValue(root, path);
        var expected = target is null ? "a value of another type" : Expectation(target);
        return $"The value {sent} is not accepted for {name}: it must be {expected}.";
    }

    /// <summary>Every accepted spelling of an enum, in declaration order.</summary>
    public static IReadOnlyList<string> EnumNames(Type enumType) =>
        enumType.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? JsonNamingPolicy.SnakeCaseUpper.ConvertName(f.Name))
            .ToList();

    private static Type? TargetType(Type rootType, IReadOnlyList<object> path)
    {
        Type? current = rootType;
        foreach (var segment in path)
        {
            if (current is null)
            {
                return null;
            }

            var info = ApiJson.Options.GetTypeInfo(Nullable.GetUnderlyingType(current) ?? current);
            current = segment switch
            {
                int => info.ElementType,
                string property => info.Properties.FirstOrDefault(p => p.Name == property)?.PropertyType,
                _ => null,
            };
        }

        return current;
    }

    private static string Expectation(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", EnumNames(type));
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(string))
        {
            return "a text string in double quotes";
        }

        var kind = ApiJson.Options.GetTypeInfo(type).Kind;
        return kind switch
        {
            JsonTypeInfoKind.Enumerable => "a JSON array",
            JsonTypeInfoKind.Object => "a JSON object",
            _ => "a value of another type",
        };
    }

    private static string SentValue(JsonElement root, IReadOnlyList<object> path)
    {
        var current = root;
        foreach (var segment in path)
        {
            if (segment is int index && current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (segment is string name && current.ValueKind == JsonValueKind.Object && current.TryGetProperty(name, out var child))
            {
                current = child;
            }
            else
            {
                return "sent";
            }
        }

        var raw = current.GetRawText();
        return raw.Length > 60 ? raw[..57] + "..." : raw;
    }
}
