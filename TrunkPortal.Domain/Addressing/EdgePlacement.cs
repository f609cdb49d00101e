using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Status;

namespace TrunkPortal.Domain.Addressing;

/// <summary>Where the SIP edge holds a trunk, whether it holds it at all, and what its contacts mean (E4, E5, T3).</summary>
public static class EdgePlacement
{
    /// <summary>E5: the trunk's data center and, where the catalog pairs it, the pair (the SRV record's secondary).</summary>
    public static IReadOnlyList<string> DataCentersOf(CatalogLookup catalog, string location) =>
        catalog.PairOf(location) is { } pair ? [location, pair.Code] : [location];

    /// <summary>T3: a FAILED trunk carries no traffic and one being deleted is on its way out: the edge holds neither.</summary>
    public static bool IsHeld(ActionStatus action, bool deleted) =>
        !deleted && action is not (ActionStatus.Failed or ActionStatus.Deleting);

    /// <summary>E4: REGISTERED while at least one contact has time left, whatever the edge's own cleanup timer does.</summary>
    public static RegistrationStatus RegistrationFrom(IEnumerable<DateTimeOffset> contactExpiries, DateTimeOffset now) =>
        contactExpiries.Any(expiry => expiry > now) ? RegistrationStatus.Registered : RegistrationStatus.Unregistered;
}
