using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Domain.Limits;

/// <summary>
/// The account limits L1-L5, checked the same way by the wizard, the API and the support console. Each check
/// returns null when the action is within the limits, else the first limit it breaks.
/// </summary>
public static class LimitPolicy
{
    /// <summary>L1, L2, L5: may the account create one more trunk in <paramref name="location"/>?</summary>
    public static LimitViolation? CheckCreate(AccountSnapshot account, string location) =>
        CheckTrunkCount(account) ?? CheckLocation(account, location);

    /// <summary>L1 only: may the account create one more trunk anywhere? The wizard asks before a data center is chosen.</summary>
    public static LimitViolation? CheckTrunkCount(AccountSnapshot account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var trunks = account.TrunkLocations.Count;
        var limit = account.Limits.TrunksPerAccount;
        return trunks >= limit
            ? new LimitViolation("L1", "trunks per account", limit, trunks, LimitMessages.TrunksPerAccount(trunks, limit))
            : null;
    }

    /// <summary>L2, L5 only: the wizard's data center step, before the rest of the trunk is known.</summary>
    public static LimitViolation? CheckLocation(AccountSnapshot account, string location)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(location);
        var limits = account.Limits;
        var inUse = account.DataCentersInUse;
        var withRoom = inUse.Where(l => account.TrunksIn(l) < limits.TrunksPerDataCenter).ToList();

        if (!inUse.Contains(location) && inUse.Count >= limits.DataCentersPerAccount)
        {
            return new LimitViolation("L5", "data centers per account", limits.DataCentersPerAccount, inUse.Count,
                LimitMessages.DataCentersPerAccount(location, inUse, limits.DataCentersPerAccount, withRoom));
        }
        var here = account.TrunksIn(location);
        if (here >= limits.TrunksPerDataCenter)
        {
            var others = withRoom.Where(l => l != location).ToList();
            var canAdd = inUse.Count < limits.DataCentersPerAccount;
            return new LimitViolation("L2", "trunks per data center", limits.TrunksPerDataCenter, here,
                LimitMessages.TrunksPerDataCenter(location, here, limits.TrunksPerDataCenter, others, canAdd));
        }
        return null;
    }

    /// <summary>L3, L4: the hosts of one static trunk, counted as given.</summary>
    public static LimitViolation? CheckHosts(int sources, int destinations, AccountLimits limits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sources);
        ArgumentOutOfRangeException.ThrowIfNegative(destinations);
        ArgumentNullException.ThrowIfNull(limits);
        if (sources > limits.SourceHostsPerTrunk)
        {
            return new LimitViolation("L3", "source hosts per trunk", limits.SourceHostsPerTrunk, sources,
                LimitMessages.HostsPerTrunk("source host", sources, limits.SourceHostsPerTrunk));
        }
        if (destinations > limits.DestinationHostsPerTrunk)
        {
            return new LimitViolation("L4", "destination hosts per trunk", limits.DestinationHostsPerTrunk, destinations,
                LimitMessages.HostsPerTrunk("destination host", destinations, limits.DestinationHostsPerTrunk));
        }
        return null;
    }

    /// <summary>L3/L4 in the wizard: whether one more host fits in a list that has <paramref name="current"/>.</summary>
    public static LimitViolation? CheckAddHost(int current, bool source, AccountLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var limit = source ? limits.SourceHostsPerTrunk : limits.DestinationHostsPerTrunk;
        if (current < limit)
        {
            return null;
        }
        var noun = source ? "source host" : "destination host";
        return new LimitViolation(source ? "L3" : "L4", $"{noun}s per trunk", limit, current, LimitMessages.HostListFull(noun, current, limit));
    }
}
