namespace TrunkPortal.Domain.Hosts;

/// <summary>Where a host is used decides which forms are accepted (rules S1, A1, P1).</summary>
internal sealed record HostRole(
    bool AllowsIp,
    bool AllowsPort,
    bool IpNeedsPort,
    bool AllowsSrvPort,
    string Accepted)
{
    public static readonly HostRole Source = new(
        AllowsIp: true, AllowsPort: false, IpNeedsPort: false, AllowsSrvPort: false,
        "A source host is an IPv4 address (192.0.2.10), an IPv6 address (2001:db8::10) or a domain name " +
        "(pbx.example.com), written without a port.");

    public static readonly HostRole Destination = new(
        AllowsIp: true, AllowsPort: true, IpNeedsPort: true, AllowsSrvPort: true,
        "A destination host is an IP address with a port (192.0.2.10:5060 or [2001:db8::10]:5060) or a domain " +
        "name with or without a port (sip.example.com:5060 or sip.example.com); the port is 1025-65535, " +
        "or 0 for SRV lookup on a domain name.");

    public static readonly HostRole RemoteFqdn = new(
        AllowsIp: false, AllowsPort: true, IpNeedsPort: false, AllowsSrvPort: false,
        "Enter the remote platform's domain name, optionally with a port from 1025 to 65535 " +
        "(sip.remote.com or sip.remote.com:5061).");

    public static readonly HostRole Fqdn = new(
        AllowsIp: false, AllowsPort: false, IpNeedsPort: false, AllowsSrvPort: false,
        "Enter a domain name such as sip.example.com, without a port.");
}
