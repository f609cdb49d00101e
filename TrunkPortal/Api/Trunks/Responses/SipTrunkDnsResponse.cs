namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>
/// Portal extension (GET /portal/1/sip-trunks/{id}/dns), absent from the reference: the trunk's own FQDN and its
/// DNS records (N2, N3). Empty for legacy accounts, which get static SBC addresses instead.
/// </summary>
public sealed record SipTrunkDnsResponse(string Id, string? Fqdn, IReadOnlyList<string> SrvRecords, string? ARecord);
