using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Data;
using TrunkPortal.Trunks;

namespace TrunkPortal.Edge.Kamailio;

/// <summary>
/// E4, T5: reads every edge's contacts (ul.dump) each <see cref="SipEdgeOptions.RegistrationPollInterval"/>, and
/// tells open pages about every trunk whose registration or contacts changed, an expiry included (a contact counts
/// only until its own expiry, whatever the edge's cleanup timer does). It also notices an edge that restarted or
/// came back after not answering, and reconciles it (E3): on the first pass too, so the portal's start reconciles.
/// </summary>
internal sealed partial class RegistrationMonitor(
    KamailioSipEdge edge,
    EdgeReconciler reconciler,
    IDbContextFactory<AppDbContext> dbFactory,
    ITrunkStatusFeed feed,
    EdgeStatusBoard board,
    IOptions<SipEdgeOptions> options,
    TimeProvider time,
    ILogger<RegistrationMonitor> logger) : BackgroundService
{
    private readonly Dictionary<string, long> _uptimes = [];
    private readonly HashSet<string> _needsReconcile = [.. edge.Instances.Select(e => e.Name)];
    private readonly HashSet<string> _registered = new(StringComparer.OrdinalIgnoreCase);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RegistrationPollInterval, time);
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

    internal async Task PollAsync(CancellationToken cancellationToken)
    {
        var changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Every edge at once, so one slow or dead edge does not delay what the others report.
        var reads = await Task.WhenAll(edge.Instances.Select(instance => ReadAsync(instance, cancellationToken)));
        foreach (var (instance, uptime, contacts, failure) in reads)
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
        if (changed.Count > 0)
        {
            await PublishAsync(changed, cancellationToken);
        }
        // After the badges: a reconciliation waits for the edge write gate, which a provisioner pass may hold.
        foreach (var (instance, _, _, failure) in reads)
        {
            if (failure is null && _needsReconcile.Contains(instance.Name))
            {
                try
                {
                    await reconciler.ReconcileAsync(instance.Name, cancellationToken);
                    _needsReconcile.Remove(instance.Name);
                }
                catch (SipEdgeUnavailableException ex)
                {
                    LogEdgeDown(instance.Name, ex.Message);
                }
            }
        }
    }

    private async Task<(KamailioEdge Instance, long Uptime, Dictionary<string, List<RegisteredContact>>? Contacts, string? Failure)> ReadAsync(
        KamailioEdge instance, CancellationToken cancellationToken)
    {
        try
        {
            var uptime = await instance.UptimeAsync(cancellationToken);
            return (instance, uptime, await instance.ContactsAsync(time.GetUtcNow(), cancellationToken), null);
        }
        catch (SipEdgeUnavailableException ex)
        {
            return (instance, 0, null, ex.Message);
        }
    }

    private async Task PublishAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken)
    {
        var names = usernames.Select(u => u.ToLowerInvariant()).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trunks = await db.Trunks.AsNoTracking()
            .Where(t => t.DeletedAt == null && t.Username != null && names.Contains(t.Username))
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIP edge {Edge} restarted; reconciling it")]
    private partial void LogRestarted(string edge);
}
