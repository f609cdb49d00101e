using System.Reflection;

namespace TrunkPortal.Configuration;

/// <summary>
/// Finds keys of a configuration section that bind to nothing (rule N4): the binder ignores them silently, so a
/// misspelt setting would quietly keep its default. Each finding names the full key and what is accepted there.
/// </summary>
internal static class CatalogConfigurationKeys
{
    public static IEnumerable<string> Unknown(IConfigurationSection section, Type type)
    {
        foreach (var child in section.GetChildren())
        {
            var childType = Resolve(type, child.Key);
            if (childType is null)
            {
                yield return $"{child.Path}: there is no such setting here; use {Accepted(type)}.";
                continue;
            }
            foreach (var unknown in Unknown(child, childType))
            {
                yield return unknown;
            }
        }
    }

    private static Type? Resolve(Type type, string key)
    {
        if (IsScalar(type))
        {
            return null;
        }
        if (GenericOf(type, typeof(IReadOnlyDictionary<,>)) is [var keyType, var valueType])
        {
            var isKey = keyType.IsEnum ? Enum.TryParse(keyType, key, ignoreCase: true, out _) && !char.IsAsciiDigit(key[0]) : keyType == typeof(string);
            return isKey ? valueType : null;
        }
        if (GenericOf(type, typeof(IEnumerable<>)) is [var elementType])
        {
            return int.TryParse(key, out var index) && index >= 0 ? elementType : null;
        }
        return Settable(type).FirstOrDefault(p => string.Equals(p.Name, key, StringComparison.OrdinalIgnoreCase))?.PropertyType;
    }

    private static string Accepted(Type type)
    {
        if (IsScalar(type))
        {
            return "a single value, not a section";
        }
        if (GenericOf(type, typeof(IReadOnlyDictionary<,>)) is [var keyType, _])
        {
            return keyType.IsEnum ? $"one of {string.Join(", ", Enum.GetNames(keyType))}" : "any name";
        }
        return GenericOf(type, typeof(IEnumerable<>)) is not null
            ? "a list index 0, 1, 2…"
            : $"one of {string.Join(", ", Settable(type).Select(p => p.Name))}";
    }

    private static bool IsScalar(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsPrimitive || underlying.IsEnum || underlying == typeof(string) || underlying == typeof(decimal)
            || underlying == typeof(DateOnly) || underlying == typeof(DateTimeOffset) || underlying == typeof(TimeSpan);
    }

    private static Type[]? GenericOf(Type type, Type definition) =>
        (type.IsInterface ? type.GetInterfaces().Prepend(type) : type.GetInterfaces())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition)?.GetGenericArguments();

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite);
}
