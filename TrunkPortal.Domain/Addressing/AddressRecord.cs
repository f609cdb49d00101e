namespace TrunkPortal.Domain.Addressing;

/// <summary>The A (or AAAA) record of a trunk FQDN: the primary SBC's IP only (rule N3).</summary>
public sealed record AddressRecord(string Name, string Address);
