using TrunkPortal.Domain.Status;

namespace TrunkPortal.Api.Trunks.Responses;

/// <summary><see cref="Reason"/> describes a FAILED or RESET action.</summary>
public sealed record ActionStatusDto(ActionStatus Status, string? Reason);
