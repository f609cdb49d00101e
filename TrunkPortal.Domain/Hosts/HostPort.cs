using System.Globalization;

namespace TrunkPortal.Domain.Hosts;

/// <summary>S1: which port a host may carry where it is used (none on sources, 1025-65535, 0 for SRV on destination domains).</summary>
internal static class HostPort
{
    public static SipHost? Apply(SipHost host, string? portText, HostRole role, out string problem)
    {
        problem = "";
        var isIp = host.Kind != SipHostKind.Domain;
        if (portText is null)
        {
            if (isIp && role.IpNeedsPort)
            {
                problem = host.Kind == SipHostKind.IPv6
                    ? $"has no port; write an IPv6 destination in brackets with its port, e.g. [{host.Host}]:5060"
                    : $"has no port; add the port your equipment listens on, usually 5060, e.g. {host.Host}:5060";
                return null;
            }

            return host;
        }

        if (!role.AllowsPort)
        {
            problem = "has a port; write it without the port";
            return null;
        }

        if (portText.Length == 0)
        {
            problem = "ends with a colon but has no port number after it";
            return null;
        }

        if (portText.Length > 9 || !portText.All(char.IsAsciiDigit))
        {
            problem = $"has a port '{portText}' that is not a whole number";
            return null;
        }

        var port = int.Parse(portText, NumberStyles.None, CultureInfo.InvariantCulture);
        if (port == HostParser.SrvLookupPort && role.AllowsSrvPort && !isIp)
        {
            return host;
        }

        if (port == HostParser.SrvLookupPort && role.AllowsSrvPort)
        {
            problem = "uses port 0, which asks for an SRV lookup and works only with a domain name";
            return null;
        }

        if (port is < HostParser.MinPort or > HostParser.MaxPort)
        {
            problem = $"has port {port.ToString(CultureInfo.InvariantCulture)}, outside the allowed range {HostParser.MinPort}-{HostParser.MaxPort}";
            return null;
        }

        return host with { Port = port };
    }
}
