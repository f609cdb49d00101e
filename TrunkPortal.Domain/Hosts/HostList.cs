using System.Globalization;

namespace TrunkPortal.Domain.Hosts;

/// <summary>Rule S5: parses every entry of a host list and refuses an entry that names a host already in the list.</summary>
public static class HostList
{
    /// <param name="inputs">What was typed, in order; null is an empty list.</param>
    /// <param name="parse">
    /// <see cref="HostParser.ParseSourceHost"/> or <see cref="HostParser.ParseDestinationHost"/>.
    /// </param>
    public static HostListResult Parse(IEnumerable<string?>? inputs, Func<string?, HostParseResult> parse)
    {
        var hosts = new List<SipHost>();
        var errors = new List<HostListError>();
        var firstSeen = new Dictionary<string, int>(StringComparer.Ordinal);
        var index = 0;
        foreach (var input in inputs ?? [])
        {
            var result = parse(input);
            if (!result.IsSuccess)
            {
                errors.Add(new HostListError(index, input ?? "", result.Error));
            }
            else if (firstSeen.TryGetValue(result.Host.ToString(), out var first))
            {
                errors.Add(new HostListError(index, input ?? "",
                    $"'{input?.Trim()}' is the same host as entry {(first + 1).ToString(CultureInfo.InvariantCulture)} " +
                    $"({result.Host}); each host may appear only once in a list."));
            }
            else
            {
                firstSeen[result.Host.ToString()] = index;
                hosts.Add(result.Host);
            }

            index++;
        }

        return new HostListResult(hosts, errors);
    }
}
