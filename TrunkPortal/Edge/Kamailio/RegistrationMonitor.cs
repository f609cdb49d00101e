using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using TrunkPortal.Data;
using TrunkPortal.Data.Postgres;
using TrunkPortal.Trunks;

namespace TrunkPortal.Edge.Kamailio;

/// <summary>
/// E4, T5: reads every edge's contacts (ul.dump) each <see cref="SipEdgeOptions.RegistrationPollInterval"/>, and
/// tells open pages about every trunk whose registration or contacts changed, an expiry included (a contact counts
/// only until its own expiry, whatever the edge's cleanup timer does). It also notices an edge that restarted or
/// came back after not answering, and reconciles it (E3): on the first pass too, so the portal's start reconciles,
/// and every <see cref="SipEdgeOptions.ReconcileInterval"/> (which also resolves static trunks' source names again).
/// The same pass reads the static trunks' destinations (dispatcher.list: OPTIONS state and round-trip time), their
/// resolved sources and the calls up (dialog profile "trunk"); each destination that went up or down is written to
/// the health timeline (S7), and open pages hear about every trunk whose health, sources or calls changed.
/// With several instances on PostgreSQL every instance polls (its pages' badges come from its own reads), but only the
/// leader, the holder of the advisory lock <see cref="PortalLocks.RegistrationMonitor"/>, writes the timeline, prunes
/// it and reconciles; when the leader dies another instance takes the lock within one poll.
/// </summary>
internal sealed partial class RegistrationMonitor(
    KamailioSipEdge edge,
    EdgeReconciler reconciler,
    IDbContextFactory<AppDbContext> dbFactory,
    PortalDatabaseSettings database,
    ITrunkStatusFeed feed,
    EdgeStatusBoard board,
    IOptions<SipEdgeOptions> options,
    TimeProvider time,
    ILogger<RegistrationMonitor> logger) : BackgroundService
{
    private readonly Dictionary<string, long> _uptimes = [];
    private readonly HashSet<string> _needsReconcile = [.. edge.Instances.Select(e => e.Name)];
    private readonly HashSet<string> _registered = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<(Guid TrunkId, int Position, string Uri), bool>? _lastRecorded;
    private DateTimeOffset _prunedAt = DateTimeOffset.MinValue;
    private readonly Dictionary<string, DateTimeOffset> _reconciledAt = [];
    private PostgresSessionLock? _leadership;
    private bool _leader;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RegistrationPollInterval, time);
        try
        {
            do
            {
                try
                {
                    await PollAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPollFailed(ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        finally
        {
            if (_leadership is not null)
            {
                await _leadership.DisposeAsync();
            }
        }
    }

    /// <summary>Whether this instance writes what the polls find: always on SQLite (one process), the lock's holder on PostgreSQL.</summary>
    private async Task<bool> LeadAsync(CancellationToken cancellationToken)
    {
        var leader = true;
        if (database.Provider == DatabaseProvider.Postgres)
        {
            try
            {
                _leadership ??= await PostgresSessionLock.CreateAsync(dbFactory, PortalLocks.RegistrationMonitor, cancellationToken);
                leader = await _leadership.StillHeldAsync(cancellationToken) || await _leadership.TryAcquireAsync(cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                LogLeadershipUnknown(ex.Message);
                leader = false;
            }
        }
        if (leader && !_leader)
        {
            // The timeline may have been written by the previous leader: compare with what it says now.
            _lastRecorded = null;
            if (database.Provider == DatabaseProvider.Postgres)
            {
                LogLeading();
            }
        }
        _leader = leader;
        return leader;
    }

    internal async Task PollAsync(CancellationToken cancellationToken)
    {
        var leader = await LeadAsync(cancellationToken);
        var changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Every edge at once, so one slow or dead edge does not delay what the others report.
        var reads = await Task.WhenAll(edge.Instances.Select(instance => ReadAsync(instance, cancellationToken)));
        var changedTrunks = new HashSet<Guid>();
        var transitions = new List<(Guid TrunkId, DestinationHealth Health)>();
        foreach (var (instance, uptime, contacts, routing, failure) in reads)
        {
            if (failure is not null)
            {
                board.Failed(instance.Name, failure);
                if (_needsReconcile.Add(instance.Name))
                {
                    LogEdgeDown(instance.Name, failure);
                }
                continue;
            }
            if (_uptimes.TryGetValue(instance.Name, out var last) && uptime < last)
            {
                LogRestarted(instance.Name);
                _needsReconcile.Add(instance.Name);
            }
            _uptimes[instance.Name] = uptime;
            board.Answered(instance.Name, uptime);
            changed.UnionWith(edge.UpdateContacts(instance.Name, contacts!));
            var (trunks, moved) = edge.UpdateRouting(instance.Name, routing!.Destinations, routing.Sources, routing.Calls);
            changedTrunks.UnionWith(trunks);
            transitions.AddRange(moved);
        }
        if (leader)
        {
            await RecordAsync(transitions, cancellationToken);
        }
        // Expiries: a contact whose time passed makes its trunk UNREGISTERED before the edge's timer removes it.
        foreach (var username in _registered.ToList())
        {
            if (edge.RegistrationOf(username) != Domain.Status.RegistrationStatus.Registered)
            {
                changed.Add(username);
            }
        }
        foreach (var username in changed)
        {
            if (edge.RegistrationOf(username) == Domain.Status.RegistrationStatus.Registered)
            {
                _registered.Add(username);
            }
            else
            {
                _registered.Remove(username);
            }
        }
        if (changed.Count > 0 || changedTrunks.Count > 0)
        {
            await PublishAsync(changed, changedTrunks, cancellationToken);
        }
        // After the badges: a reconciliation waits for the edge write gate, which a provisioner pass may hold.
        foreach (var (instance, _, _, _, failure) in reads)
        {
            if (failure is null && _reconciledAt.TryGetValue(instance.Name, out var at) && time.GetUtcNow() - at >= options.Value.ReconcileInterval)
            {
                _needsReconcile.Add(instance.Name);
            }
            if (leader && failure is null && _needsReconcile.Contains(instance.Name))
            {
                try
                {
                    await reconciler.ReconcileAsync(instance.Name, cancellationToken);
                    _needsReconcile.Remove(instance.Name);
                    _reconciledAt[instance.Name] = time.GetUtcNow();
                }
                catch (SipEdgeUnavailableException ex)
                {
                    LogEdgeDown(instance.Name, ex.Message);
                }
            }
        }
    }

    private async Task<(KamailioEdge Instance, long Uptime, Dictionary<string, List<RegisteredContact>>? Contacts, EdgeRoutingRead? Routing, string? Failure)> ReadAsync(
        KamailioEdge instance, CancellationToken cancellationToken)
    {
        try
        {
            var uptime = await instance.UptimeAsync(cancellationToken);
            var contacts = await instance.ContactsAsync(time.GetUtcNow(), cancellationToken);
            var routing = new EdgeRoutingRead(
                await instance.DestinationsAsync(cancellationToken),
                await instance.SourcesAsync(cancellationToken),
                await instance.ActiveCallsAsync(cancellationToken));
            return (instance, uptime, contacts, routing, null);
        }
        catch (SipEdgeUnavailableException ex)
        {
            return (instance, 0, null, null, ex.Message);
        }
    }

    private sealed record EdgeRoutingRead(IReadOnlyList<HeldDestination> Destinations, Dictionary<Guid, List<ResolvedSource>> Sources, Dictionary<Guid, int> Calls);

    /// <summary>
    /// Writes each transition to the timeline, unless it only repeats the destination's last recorded state (the first
    /// pass after a start sees every destination once, and compares it with what the timeline last said).
    /// </summary>
    private async Task RecordAsync(List<(Guid TrunkId, DestinationHealth Health)> transitions, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var pruneDue = now - _prunedAt > TimeSpan.FromMinutes(10);
        if (transitions.Count == 0 && _lastRecorded is not null && !pruneDue)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (_lastRecorded is null)
        {
            var since = now - DestinationHealthEvent.Retention;
            var latest = await db.DestinationHealthEvents.AsNoTracking()
                .Where(e => e.At >= since)
                .GroupBy(e => new { e.TrunkId, e.Position, e.Destination })
                .Select(g => g.OrderByDescending(e => e.Id).First())
                .ToListAsync(cancellationToken);
            _lastRecorded = latest.ToDictionary(e => (e.TrunkId, e.Position, e.Destination), e => e.Up);
        }
        var events = new List<DestinationHealthEvent>();
        foreach (var (trunkId, health) in transitions)
        {
            var up = health.State == DestinationState.Up;
            var key = (trunkId, health.Position, health.Uri);
            if (_lastRecorded.TryGetValue(key, out var was) && was == up)
            {
                continue;
            }
            _lastRecorded[key] = up;
            events.Add(new DestinationHealthEvent
            {
                TrunkId = trunkId, Position = health.Position, Destination = health.Uri, Up = up, At = now,
                RoundTripMs = health.RoundTripMs, Edge = health.Edge,
            });
        }
        if (events.Count > 0)
        {
            // A trunk deleted in the meantime has no row to point at: keep only the transitions of trunks that exist.
            var ids = events.Select(e => e.TrunkId).Distinct().ToList();
            var existing = await db.Trunks.Where(t => ids.Contains(t.Id)).Select(t => t.Id).ToListAsync(cancellationToken);
            db.DestinationHealthEvents.AddRange(events.Where(e => existing.Contains(e.TrunkId)));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (pruneDue)
        {
            _prunedAt = now;
            var before = now - DestinationHealthEvent.Retention;
            await db.DestinationHealthEvents.Where(e => e.At < before).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private async Task PublishAsync(IReadOnlyCollection<string> usernames, IReadOnlyCollection<Guid> trunkIds, CancellationToken cancellationToken)
    {
        var names = usernames.Select(u => u.ToLowerInvariant()).ToList();
        var ids = trunkIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trunks = await db.Trunks.AsNoTracking()
            .Where(t => t.DeletedAt == null && ((t.Username != null && names.Contains(t.Username)) || ids.Contains(t.Id)))
            .ToListAsync(cancellationToken);
        foreach (var trunk in trunks)
        {
            feed.Publish(new TrunkStatusChanged(trunk.AccountId, trunk.Id, trunk.ToStatusView(edge), Removed: false));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading registrations from the SIP edges failed; retrying at the next poll")]
    private partial void LogPollFailed(Exception ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIP edge {Edge} does not answer: {Reason}")]
    private partial void LogEdgeDown(string edge, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "This instance's registration monitor now writes the health timeline and reconciles the SIP edges")]
    private partial void LogLeading();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell whether this instance leads the registration monitor; not writing this poll: {Reason}")]
    private partial void LogLeadershipUnknown(string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIP edge {Edge} restarted; reconciling it")]
    private partial void LogRestarted(string edge);
}
