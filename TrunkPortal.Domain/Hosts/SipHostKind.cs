namespace TrunkPortal.Domain.Hosts;

/// <summary>What a parsed SIP host is (rule S1).</summary>
public enum SipHostKind
{
    IPv4,
    IPv6,
    Domain,
}
