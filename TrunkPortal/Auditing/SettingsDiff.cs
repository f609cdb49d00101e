using System.Collections;
using System.Globalization;
using System.Reflection;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Auditing;

/// <summary>The field-level difference between two trunk settings, for the audit log.</summary>
public static class SettingsDiff
{
    private static readonly PropertyInfo[] _fields = typeof(TrunkRequest)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanWrite && p.Name != nameof(TrunkRequest.BillingPackage))
        .ToArray();

    private static readonly PropertyInfo[] _packageFields = typeof(BillingPackage)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>Secrets never reach the log in clear (R3): a change shows as "(changed)".</summary>
    private static readonly HashSet<string> _secretFields = [.. TrunkFields.All.Where(f => f.Secret).Select(f => f.Member)];

    /// <summary>
    /// Every field of <paramref name="after"/> (the request with its defaults applied) that differs from the stored
    /// <paramref name="before"/> (null: a creation). The header value is never read back, so it counts as changed
    /// whenever the request sets one.
    /// </summary>
    public static List<FieldChange> Between(TrunkSettings? stored, TrunkRequest after)
    {
        var before = stored?.ToRequest();
        var changes = new List<FieldChange>();
        foreach (var field in _fields)
        {
            Compare(field.Name, before is null ? null : field.GetValue(before), field.GetValue(after), changes);
        }
        foreach (var field in _packageFields)
        {
            Compare($"BillingPackage.{field.Name}", before is null ? null : field.GetValue(before.BillingPackage), field.GetValue(after.BillingPackage), changes);
        }
        return changes;
    }

    private static void Compare(string name, object? before, object? after, List<FieldChange> changes)
    {
        var old = Format(before);
        var now = Format(after);
        if (old == now)
        {
            return;
        }
        changes.Add(_secretFields.Contains(name) ? FieldChange.Secret(name) : new FieldChange(name, old, now));
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        IEnumerable items => string.Join(", ", items.Cast<object>().Select(i => Convert.ToString(i, CultureInfo.InvariantCulture))),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
