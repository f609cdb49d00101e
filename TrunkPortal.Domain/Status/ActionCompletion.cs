namespace TrunkPortal.Domain.Status;

/// <summary>
/// The end of a pending action. A completed delete leaves no status to store: <see cref="RemoveTrunk"/> tells
/// the caller to remove the trunk, and <see cref="Status"/> is then the last status it had (DELETING).
/// </summary>
public sealed record ActionCompletion(TrunkStatus Status, bool RemoveTrunk);
