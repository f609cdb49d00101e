namespace TrunkPortal.Domain.Hosts;

/// <summary>One refused entry of a host list: its zero-based position, what was typed and why it was refused.</summary>
public sealed record HostListError(int Index, string Input, string Message);
