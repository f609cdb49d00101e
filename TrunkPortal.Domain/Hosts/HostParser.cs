using System.Net;
using System.Net.Sockets;
using TrunkPortal.Domain.Text;

namespace TrunkPortal.Domain.Hosts;

/// <summary>
/// Rules S1 and A1: reads a host as people type it (spaces trimmed, any case) and returns its normalised
/// form (rule S5), or a message saying what was wrong and what is accepted.
/// </summary>
public static class HostParser
{
    public const int MinPort = 1025;
    public const int MaxPort = 65535;

    /// <summary>Port 0 on a destination domain asks for an SRV lookup; it is stored as the domain without port.</summary>
    public const int SrvLookupPort = 0;

    private static readonly string[] _urlSchemes = ["sip:", "sips:", "tel:", "http:", "https:"];

    /// <summary>S1: an IPv4 address, an IPv6 address (bare or in brackets) or a domain name, without port.</summary>
    public static HostParseResult ParseSourceHost(string? input) => Parse(input, HostRole.Source);

    /// <summary>S1: an IP address with port, or a domain name with or without port (0 = SRV lookup).</summary>
    public static HostParseResult ParseDestinationHost(string? input) => Parse(input, HostRole.Destination);

    /// <summary>A1: the remote platform's domain name with an optional port (1025-65535).</summary>
    public static HostParseResult ParseFqdnWithOptionalPort(string? input) => Parse(input, HostRole.RemoteFqdn);

    /// <summary>P1: a domain name without port (the Twilio SIP domain).</summary>
    public static HostParseResult ParseFqdn(string? input) => Parse(input, HostRole.Fqdn);

    private static HostParseResult Parse(string? input, HostRole role)
    {
        var text = input?.Trim() ?? "";
        if (text.Length == 0)
        {
            return HostParseResult.Failure($"The host is empty. {role.Accepted}");
        }

        // Checked first, and without echoing the text: a control character would not show in the message either.
        if (TypedText.Problem(text) is { } invisible)
        {
            return HostParseResult.Failure($"The host {invisible}. {role.Accepted}");
        }

        HostParseResult Fail(string problem) => HostParseResult.Failure($"'{text}' {problem}. {role.Accepted}");

        if (ShapeProblem(text) is { } shape)
        {
            return Fail(shape);
        }

        if (!SplitPort(text, out var hostText, out var portText, out var bracketed, out var splitProblem))
        {
            return Fail(splitProblem);
        }

        var host = Classify(hostText, bracketed, out var problem);
        if (host is null)
        {
            return Fail(problem);
        }

        if (host.Kind != SipHostKind.Domain && !role.AllowsIp)
        {
            return Fail("is an IP address; a domain name is needed here");
        }

        return HostPort.Apply(host, portText, role, out var portProblem) is { } withPort
            ? HostParseResult.Success(withPort)
            : Fail(portProblem);
    }

    private static string? ShapeProblem(string text)
    {
        if (text.Contains("://", StringComparison.Ordinal) ||
            _urlSchemes.Any(s => text.StartsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return "is a URL; enter only the host, without sip:, sips: or http://";
        }

        if (text.Contains('/', StringComparison.Ordinal))
        {
            return "is a network range (CIDR) or a path; enter a single host, e.g. 10.0.0.1 rather than 10.0.0.0/24";
        }

        if (text.Contains('@', StringComparison.Ordinal))
        {
            return "contains a user part ('@'); enter only the host";
        }

        return text.Any(char.IsWhiteSpace) ? "contains a space; enter one host per entry" : null;
    }

    private static bool SplitPort(string text, out string host, out string? port, out bool bracketed, out string problem)
    {
        host = text;
        port = null;
        problem = "";
        bracketed = text.StartsWith('[');
        if (bracketed)
        {
            var close = text.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                problem = "has an opening '[' without a closing ']'";
                return false;
            }

            host = text[1..close];
            var rest = text[(close + 1)..];
            if (rest.Length > 0 && rest[0] != ':')
            {
                problem = "has text after ']' that is not a port";
                return false;
            }

            port = rest.Length > 0 ? rest[1..] : null;
            return true;
        }

        var colons = text.Count(c => c == ':');
        if (colons == 1)
        {
            var at = text.IndexOf(':', StringComparison.Ordinal);
            host = text[..at];
            port = text[(at + 1)..];
        }

        return true;
    }

    private static SipHost? Classify(string host, bool bracketed, out string problem)
    {
        problem = "";
        if (bracketed || host.Contains(':', StringComparison.Ordinal))
        {
            if (host.Contains('%', StringComparison.Ordinal) || !IPAddress.TryParse(host, out var ip) ||
                ip.AddressFamily != AddressFamily.InterNetworkV6)
            {
                problem = "is not a valid IPv6 address";
                return null;
            }

            if (ip.Equals(IPAddress.IPv6None) || ip.IsIPv6Multicast)
            {
                problem = "is not a host address (it is the unspecified or a multicast address)";
                return null;
            }

            if (ip.IsIPv4MappedToIPv6)
            {
                // S5: ::ffff:1.2.3.4 is the IPv4 host 1.2.3.4 and is stored, compared and counted as that one.
                var v4 = ip.MapToIPv4().ToString();
                problem = Ipv4Literal.Problem(v4) ?? "";
                return problem.Length == 0 ? new SipHost(SipHostKind.IPv4, v4) : null;
            }

            return new SipHost(SipHostKind.IPv6, ip.ToString());
        }

        if (Ipv4Literal.LooksLikeIpv4(host))
        {
            problem = Ipv4Literal.Problem(host) ?? "";
            return problem.Length == 0 ? new SipHost(SipHostKind.IPv4, host) : null;
        }

        problem = DomainName.Problem(host, out var normalised) ?? "";
        return problem.Length == 0 ? new SipHost(SipHostKind.Domain, normalised) : null;
    }
}
