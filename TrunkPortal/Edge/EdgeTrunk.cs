using TrunkPortal.Data;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Hosts;
using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Edge;

/// <summary>
/// A trunk as the SIP edge must hold it: where (its data center and the catalog pair, E5), whether calls and
/// registrations are accepted (T1, G4), and only hashes of its secrets (E1).
/// </summary>
public sealed record EdgeTrunk(
    Guid TrunkId,
    TrunkType Type,
    IReadOnlyList<string> DataCenters,
    bool Enabled,
    bool InviteChallenge,
    EdgeSubscriber? Subscriber,
    string? AccessCodeSha256,
    int ChannelLimit = 0,
    EdgeStaticRouting? Static = null)
{
    /// <summary>The trunk's desired state; <paramref name="catalog"/> names the pair whose edge must accept it too.</summary>
    public static EdgeTrunk From(TrunkEntity t, CatalogLookup catalog)
    {
        var dataCenters = EdgePlacement.DataCentersOf(catalog, t.Location);
        var subscriber = t.Type switch
        {
            TrunkType.Registered => SubscriberOf(t.Username, t.PasswordHa1),
            TrunkType.Authenticated => SubscriberOf(t.InboundDigestUsername, t.InboundDigestHa1),
            TrunkType.Static or TrunkType.Provider => null,
        };
        return new EdgeTrunk(
            t.Id,
            t.Type,
            dataCenters,
            Enabled: t.AdminStatus == AdminStatus.Enabled,
            InviteChallenge: t.Type == TrunkType.Registered && t.InviteAuthentication,
            subscriber,
            t.Type == TrunkType.Authenticated ? t.HeaderValueHash : null,
            t.ChannelLimit,
            t.Type == TrunkType.Static ? EdgeStaticRouting.From(t) : null);
    }

    /// <summary>Whether the edge must hold the trunk at all: not a FAILED one (no traffic, T3), not a deleted one.</summary>
    public static bool Holds(TrunkEntity t) => EdgePlacement.IsHeld(t.ActionStatus, t.DeletedAt is not null);

    // A DIGEST identity exists once its credentials were issued; before that the trunk has no subscriber.
    private static EdgeSubscriber? SubscriberOf(string? username, string? ha1) =>
        username is not null && ha1 is not null ? new EdgeSubscriber(username, ha1) : null;
}

/// <summary>
/// A static trunk on the edge: the sources its calls come from (S1, the allowlist), its destinations in the order
/// configured (S2) with the strategy between them (S3), and whether the edge probes them with SIP OPTIONS (S4).
/// </summary>
public sealed record EdgeStaticRouting(RoutingStrategy Strategy, bool OptionsPolling, IReadOnlyList<SipHost> Sources, IReadOnlyList<SipHost> Destinations)
{
    public static EdgeStaticRouting From(TrunkEntity t) => new(
        t.Strategy ?? RoutingStrategy.Failover,
        t.SipOptionsEnabled,
        HostList.Parse(t.SourceHosts, HostParser.ParseSourceHost).Hosts,
        HostList.Parse(t.DestinationHosts, HostParser.ParseDestinationHost).Hosts);
}

/// <summary>A DIGEST identity on the edge: the username and HA1 = md5(username:realm:password), never the password.</summary>
public sealed record EdgeSubscriber(string Username, string Ha1);

/// <summary>An edge did not confirm an operation; the message names the data center (or edge) and the cause.</summary>
public sealed class SipEdgeUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
