using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Components.Shared;

/// <summary>
/// What a person typed into a host list's input and has not added yet (S1, S5). It lives with the wizard's draft,
/// not in the editor, so that Next can add a valid typed host or stop with its message, and the text survives
/// the step being left and opened again.
/// </summary>
public sealed class HostInput
{
    public const string DefaultPort = "5060";

    private HostInput(Func<string?, HostParseResult> parse, bool withPort)
    {
        Parse = parse;
        WithPort = withPort;
    }

    /// <summary>A source host: no port (S1).</summary>
    public static HostInput Source() => new(HostParser.ParseSourceHost, withPort: false);

    /// <summary>A destination host: the port field applies to a host typed without one (S1).</summary>
    public static HostInput Destination() => new(HostParser.ParseDestinationHost, withPort: true);

    public Func<string?, HostParseResult> Parse { get; }

    public bool WithPort { get; }

    public string? Typed { get; set; }

    public string? Port { get; set; } = DefaultPort;

    /// <summary>Why the typed host cannot be added, or null.</summary>
    public string? Error { get; private set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Typed);

    /// <summary>The host as it would be added: the port field applies to a host typed without one; a port typed in the host wins.</summary>
    public string Candidate()
    {
        var host = (Typed ?? "").Trim();
        if (!WithPort || string.IsNullOrWhiteSpace(Port) || host.Length == 0 || HasPort(host))
        {
            return host;
        }
        return host.Contains(':') && !host.StartsWith('[') ? $"[{host}]:{Port.Trim()}" : $"{host}:{Port.Trim()}";
    }

    /// <summary>Checks what is typed against the list it would join; nothing typed is no error.</summary>
    public void Check(IReadOnlyList<string> hosts)
    {
        var candidate = Candidate();
        // S5 as the domain words it: the candidate is the last entry of the list it would join.
        Error = candidate.Length == 0 ? null : HostList.Parse([.. hosts, candidate], Parse).Errors.FirstOrDefault(e => e.Index == hosts.Count)?.Message;
    }

    /// <summary>
    /// The list with the typed host added (and the input cleared) when it is valid; otherwise null, with
    /// <see cref="Error"/> saying why and the text kept as typed.
    /// </summary>
    public List<string>? TryAdd(IReadOnlyList<string> hosts)
    {
        Check(hosts);
        if (Error is not null || Parse(Candidate()).Host is not { } host)
        {
            return null;
        }
        Typed = null;
        Port = DefaultPort;
        return [.. hosts, host.ToString()];
    }

    private static bool HasPort(string host) =>
        host.StartsWith('[') ? host.Contains("]:", StringComparison.Ordinal) : host.Count(c => c == ':') == 1;
}
