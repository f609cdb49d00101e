using System.Collections.Concurrent;

namespace TrunkPortal.Trunks;

internal sealed class InProcessTrunkStatusFeed(ILogger<InProcessTrunkStatusFeed> logger) : ITrunkStatusFeed
{
    private readonly ConcurrentDictionary<Guid, ImmutableSubscribers> _byAccount = new();

    public void Publish(TrunkStatusChanged change)
    {
        if (!_byAccount.TryGetValue(change.AccountId, out var subscribers))
        {
            return;
        }
        foreach (var subscriber in subscribers.Items)
        {
            _ = NotifyAsync(subscriber, change);
        }
    }

    public IDisposable Subscribe(Guid accountId, Func<TrunkStatusChanged, Task> onChange)
    {
        _byAccount.AddOrUpdate(accountId, _ => new([onChange]), (_, s) => new([.. s.Items, onChange]));
        return new Subscription(() => _byAccount.AddOrUpdate(
            accountId, _ => new([]), (_, s) => new([.. s.Items.Where(h => h != onChange)])));
    }

    public IReadOnlyCollection<Guid> SubscribedAccounts() =>
        [.. _byAccount.Where(pair => pair.Value.Items.Length > 0).Select(pair => pair.Key)];

    private async Task NotifyAsync(Func<TrunkStatusChanged, Task> subscriber, TrunkStatusChanged change)
    {
        try
        {
            await subscriber(change);
        }
        catch (Exception ex)
        {
            // A closed circuit must not stop the others from hearing about the change.
            logger.LogDebug(ex, "A status subscriber failed for trunk {TrunkId}", change.TrunkId);
        }
    }

    private sealed record ImmutableSubscribers(Func<TrunkStatusChanged, Task>[] Items);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                unsubscribe();
            }
        }
    }
}
