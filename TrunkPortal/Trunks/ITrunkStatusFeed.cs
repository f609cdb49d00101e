namespace TrunkPortal.Trunks;

/// <summary>
/// Tells open pages that a trunk's status changed (T5). In-process for one instance; a multi-instance
/// deployment swaps in a broadcast (PostgreSQL LISTEN/NOTIFY, Redis) behind the same interface.
/// </summary>
public interface ITrunkStatusFeed
{
    void Publish(TrunkStatusChanged change);

    /// <summary>Calls <paramref name="onChange"/> for every change of the account's trunks until disposed.</summary>
    IDisposable Subscribe(Guid accountId, Func<TrunkStatusChanged, Task> onChange);
}

public sealed record TrunkStatusChanged(Guid AccountId, Guid TrunkId, TrunkStatusView Status, bool Removed);
