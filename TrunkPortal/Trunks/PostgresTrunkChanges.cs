using System.Data;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Edge;
using TrunkPortal.Hosting;

namespace TrunkPortal.Trunks;

/// <summary>
/// PostgreSQL only: hears every committed trunk change of every instance (the trigger of migration
/// TrunkChangeNotifications NOTIFYs <see cref="ChannelName"/>) on one dedicated connection, and for each one drops
/// the account from <see cref="AccountTrunkCache"/>; a change made by another instance is also read and published to
/// this instance's <see cref="ITrunkStatusFeed"/> (this instance's own are published at their commit) and wakes the
/// provisioner. The cache is suspended (every read from the database) until the first LISTEN succeeds and from a
/// lost connection until the next one; each (re)connect listens, clears and resumes the cache, then publishes the
/// live trunks of every account with a subscriber, so open lists and pages catch up with what was missed.
/// </summary>
internal sealed partial class PostgresTrunkChanges(
    PortalDatabaseSettings settings,
    PortalInstance instance,
    AccountTrunkCache cache,
    ITrunkStatusFeed feed,
    ProvisioningSignal provisioning,
    IDbContextFactory<AppDbContext> dbFactory,
    ISipEdge edge,
    ILogger<PostgresTrunkChanges> logger) : BackgroundService
{
    public const string ChannelName = "trunkportal_trunks";

    public static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(4);

    /// <summary>The application_name of the listening connection, one per instance.</summary>
    public string ListenerApplicationName => instance.ApplicationName + "/listen";

    /// <summary>How many times LISTEN has succeeded since start.</summary>
    public int Connections => Volatile.Read(ref _connections);

    private int _connections;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changes = Channel.CreateUnbounded<TrunkChange>(new UnboundedChannelOptions { SingleReader = true });
        var consumer = ConsumeAsync(changes.Reader, stoppingToken);
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(changes.Writer, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                cache.Suspend();
                LogListenFailed(ex, retry.TotalMilliseconds);
                try
                {
                    await Task.Delay(retry, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
                continue;
            }
        }
        changes.Writer.TryComplete();
        await consumer;
    }

    /// <summary>One connection's life: returns only by an exception (a lost connection, or shutting down).</summary>
    private async Task ListenAsync(ChannelWriter<TrunkChange> changes, CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString)
        {
            // LISTEN belongs to the session: this connection is never handed to anyone else.
            Pooling = false,
            // A ping every 5 s when idle, so a silently dead connection is noticed.
            KeepAlive = 5,
            ApplicationName = ListenerApplicationName,
        };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, e) =>
        {
            if (TrunkChange.Parse(e.Payload) is { } change)
            {
                changes.TryWrite(change);
            }
        };
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState is ConnectionState.Broken or ConnectionState.Closed)
            {
                cache.Suspend();
            }
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        // From here on every change is heard; what came before is dropped, and open pages are refreshed.
        cache.Clear();
        cache.Resume();
        Interlocked.Increment(ref _connections);
        LogListening(Connections);
        await ResyncAsync(stoppingToken);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    /// <summary>Publishes the live trunks of every account with a subscriber: each open list reloads, each page refreshes.</summary>
    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        foreach (var accountId in feed.SubscribedAccounts())
        {
            var trunks = await cache.GetAsync(dbFactory, accountId, cancellationToken);
            foreach (var trunk in trunks.InOrder)
            {
                feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), Removed: false));
            }
        }
    }

    private async Task ConsumeAsync(ChannelReader<TrunkChange> changes, CancellationToken stoppingToken)
    {
        try
        {
            while (await changes.WaitToReadAsync(stoppingToken))
            {
                var batch = new List<TrunkChange>();
                while (changes.TryRead(out var change))
                {
                    batch.Add(change);
                }
                await HandleAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task HandleAsync(List<TrunkChange> batch, CancellationToken cancellationToken)
    {
        foreach (var accountId in batch.Select(c => c.AccountId).Distinct())
        {
            cache.Invalidate(accountId);
        }
        var foreign = batch.Where(c => c.From != instance.ApplicationName).Select(c => c.TrunkId).Distinct().ToList();
        if (foreign.Count == 0)
        {
            return;
        }
        provisioning.Notify();
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var trunks = await db.Trunks.AsNoTracking().Where(t => foreign.Contains(t.Id)).ToListAsync(cancellationToken);
            foreach (var trunk in trunks)
            {
                feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), Removed: trunk.DeletedAt != null));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cache is already invalidated; the pages hear of it at the next change or resync.
            LogPublishFailed(ex, foreign.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for trunk changes failed; the read cache is suspended, retrying in {RetryMs} ms")]
    private partial void LogListenFailed(Exception ex, double retryMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for trunk changes (connection {Connections}); the read cache is on")]
    private partial void LogListening(int connections);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read {Count} trunks changed by another instance")]
    private partial void LogPublishFailed(Exception ex, int count);

    /// <summary>One notification: <c>{"a": account, "t": trunk, "from": the writer's application_name}</c>.</summary>
    private sealed record TrunkChange(Guid AccountId, Guid TrunkId, string From)
    {
        public static TrunkChange? Parse(string payload)
        {
            try
            {
                using var json = JsonDocument.Parse(payload);
                var root = json.RootElement;
                return new(root.GetProperty("a").GetGuid(), root.GetProperty("t").GetGuid(), root.GetProperty("from").GetString() ?? "");
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                return null;
            }
        }
    }
}
