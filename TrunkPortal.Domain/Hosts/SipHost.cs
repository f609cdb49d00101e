using System.Globalization;

namespace TrunkPortal.Domain.Hosts;

/// <summary>
/// A host in its normalised form (rule S5): IPv4 as a strict dotted quad, IPv6 compressed and lower-case,
/// domains lower-case without the root dot. Two hosts are the same host exactly when their
/// <see cref="ToString"/> forms are equal.
/// </summary>
public sealed record SipHost(SipHostKind Kind, string Host, int? Port = null)
{
    /// <summary>The canonical text: <c>10.0.0.1</c>, <c>[2001:db8::1]:5060</c>, <c>sip.example.com:5061</c>.</summary>
    public override string ToString()
    {
        if (Port is not { } port)
        {
            return Host;
        }

        var portText = port.ToString(CultureInfo.InvariantCulture);
        return Kind == SipHostKind.IPv6 ? $"[{Host}]:{portText}" : $"{Host}:{portText}";
    }

    /// <summary>
    /// The SIP URI a call to this host is sent to: <c>sip:10.0.0.1:5070</c>, <c>sip:[2001:db8::1]:5060</c>. A domain
    /// without a port (or with port 0) gets none, so the SIP server looks it up by SRV (RFC 3263, rule S1).
    /// </summary>
    public string ToSipUri() => Port is null or 0
        ? (Kind == SipHostKind.IPv6 ? $"sip:[{Host}]" : $"sip:{Host}")
        : $"sip:{this}";
}
