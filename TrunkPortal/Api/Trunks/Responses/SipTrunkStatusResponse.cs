using TrunkPortal.Domain.Status;

namespace TrunkPortal.Api.Trunks.Responses;

public sealed record SipTrunkStatusResponse(AdminStatus AdminStatus);
