using TrunkPortal.Domain.Status;

namespace TrunkPortal.Api.Trunks.Requests;

public sealed class SipTrunkStatusRequest
{
    public AdminStatus? AdminStatus { get; init; }
}
