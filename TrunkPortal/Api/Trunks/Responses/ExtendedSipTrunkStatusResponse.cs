using TrunkPortal.Domain.Status;

namespace TrunkPortal.Api.Trunks.Responses;

public sealed record ExtendedSipTrunkStatusResponse(AdminStatus AdminStatus, ActionStatusDto ActionStatus, RegistrationStatus? RegistrationStatus, int ActiveCalls);
