namespace TrunkPortal.Api.Trunks.Responses;

/// <summary>SbcHosts: <c>host:port</c> strings and the subnets to allowlist (N1-N2).</summary>
public sealed record SbcHostsDto(IReadOnlyList<string> Primary, IReadOnlyList<string> Backup, IReadOnlyList<string> Subnets);
