using System.Globalization;
using System.Text;

namespace TrunkPortal.Api.Json;

/// <summary>Turns System.Text.Json's "$.codecs[1]" / "$['a b']" into segments, and segments into the API's "codecs[1]".</summary>
public static class JsonPath
{
    /// <summary>A segment is a property name (string) or an array index (int).</summary>
    public static IReadOnlyList<object> Parse(string? path)
    {
        var segments = new List<object>();
        if (string.IsNullOrEmpty(path))
        {
            return segments;
        }

        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && path[end] is not '.' and not '[')
                {
                    end++;
                }

                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                segments.Add(int.TryParse(path[(i + 1)..end], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                i++;
            }
        }

        return segments;
    }

    public static string Format(IReadOnlyList<object> segments)
    {
        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment is int index)
            {
                text.Append(CultureInfo.InvariantCulture, $"[{index}]");
            }
            else
            {
                text.Append(text.Length == 0 ? "" : ".").Append(segment);
            }
        }

        return text.Length == 0 ? "body" : text.ToString();
    }
}
