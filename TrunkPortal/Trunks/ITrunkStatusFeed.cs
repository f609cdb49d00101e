namespace TrunkPortal.Trunks;

/// <summary>
/// Tells open pages that a trunk's status changed (T5). In-process: each instance publishes its own changes, and on
/// PostgreSQL <see cref="PostgresTrunkChanges"/> publishes the other instances' ones here too.
/// </summary>
public interface ITrunkStatusFeed
{
    void Publish(TrunkStatusChanged change);

    /// <summary>Calls <paramref name="onChange"/> for every change of the account's trunks until disposed.</summary>
    IDisposable Subscribe(Guid accountId, Func<TrunkStatusChanged, Task> onChange);

    /// <summary>The accounts that have a subscriber now (whose open pages a resync refreshes).</summary>
    IReadOnlyCollection<Guid> SubscribedAccounts();
}

public sealed record TrunkStatusChanged(Guid AccountId, Guid TrunkId, TrunkStatusView Status, bool Removed);
