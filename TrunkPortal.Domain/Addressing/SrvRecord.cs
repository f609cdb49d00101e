namespace TrunkPortal.Domain.Addressing;

/// <summary>One SRV answer of a trunk FQDN (rule N3); a lower priority number is tried first.</summary>
/// <param name="Name">The owner name, e.g. <c>_sips._tcp.&lt;fqdn&gt;</c>.</param>
/// <param name="Priority">10 for the chosen data center, 20 for its failover partner.</param>
/// <param name="Weight">Share among records of equal priority.</param>
/// <param name="Port">5061 for SIPS over TCP, 5060 for SIP over UDP.</param>
/// <param name="Target">The SBC host name.</param>
public sealed record SrvRecord(string Name, int Priority, int Weight, int Port, string Target);
