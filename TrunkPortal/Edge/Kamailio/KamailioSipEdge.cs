using Microsoft.Extensions.Options;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Status;

namespace TrunkPortal.Edge.Kamailio;

/// <summary>
/// The real SIP edge: one <see cref="KamailioEdge"/> per configured instance, found by data center. Provisioning
/// writes to every edge a trunk belongs on (its data center and the catalog pair, E5); registrations are read from
/// the snapshot <see cref="RegistrationMonitor"/> refreshes, merged across edges.
/// </summary>
internal sealed class KamailioSipEdge : ISipEdge, ISipEdgeProvisioning, IAsyncDisposable
{
    private readonly Dictionary<string, KamailioEdge> _byDataCenter = new(StringComparer.Ordinal);
    private readonly List<KamailioEdge> _edges = [];
    private readonly PortalInstallationStore _installation;
    private readonly TimeProvider _time;
    private Dictionary<string, IReadOnlyList<RegisteredContact>> _contactsByEdge = [];
    private Dictionary<string, RegisteredContact[]> _contacts = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, EdgeRouting> _routingByEdge = [];

    public KamailioSipEdge(IOptions<SipEdgeOptions> options, IHttpClientFactory httpClients, PortalInstallationStore installation, TimeProvider time)
    {
        _installation = installation;
        _time = time;
        foreach (var edgeOptions in options.Value.Edges)
        {
            var edge = new KamailioEdge(edgeOptions, httpClients.CreateClient(nameof(KamailioSipEdge)), options.Value.CallTimeout, options.Value.ApplyTimeout, time);
            _edges.Add(edge);
            foreach (var dataCenter in edgeOptions.DataCenters)
            {
                _byDataCenter[dataCenter] = edge;
            }
        }
        Edges = [.. _edges.Select(e => new EdgeDescription(e.Name, e.Options.DataCenters))];
    }

    public SipEdgeMode Mode => SipEdgeMode.Kamailio;

    public TimeSpan ActionDelay => TimeSpan.Zero;

    public IReadOnlyList<EdgeDescription> Edges { get; }

    internal IReadOnlyList<KamailioEdge> Instances => _edges;

    public RegistrationStatus RegistrationOf(string? username) =>
        EdgePlacement.RegistrationFrom(ContactsOf(username).Select(c => c.ExpiresAt), _time.GetUtcNow());

    public IReadOnlyList<RegisteredContact> ContactsOf(string? username)
    {
        if (username is null || !_contacts.TryGetValue(username, out var contacts))
        {
            return [];
        }
        var now = _time.GetUtcNow();
        return [.. contacts.Where(c => c.ExpiresAt > now)];
    }

    public int ActiveCallsOf(Guid trunkId) => _routingByEdge.Values.Sum(r => r.Calls.GetValueOrDefault(trunkId));

    public IReadOnlyList<DestinationHealth> HealthOf(Guid trunkId)
    {
        // Only the edge of the trunk's own data center keeps its destinations in the snapshot (UpdateRouting).
        foreach (var routing in _routingByEdge.Values)
        {
            if (routing.Destinations.TryGetValue(trunkId, out var destinations))
            {
                return destinations;
            }
        }
        return [];
    }

    public IReadOnlyList<ResolvedSource> SourcesOf(Guid trunkId)
    {
        foreach (var routing in _routingByEdge.Values)
        {
            if (routing.Sources.TryGetValue(trunkId, out var sources))
            {
                return sources;
            }
        }
        return [];
    }

    public async Task<IReadOnlyList<DestinationProbe>> ProbeAsync(string dataCenter, IReadOnlyList<string> destinationUris, CancellationToken cancellationToken)
    {
        if (!_byDataCenter.TryGetValue(dataCenter, out var edge))
        {
            throw new SipEdgeUnavailableException($"No SIP edge serves data center {dataCenter}.");
        }
        // One at a time: each probe holds one of the edge's RPC workers until its answer or timeout.
        var probes = new List<DestinationProbe>();
        foreach (var uri in destinationUris)
        {
            var (code, elapsed) = await edge.ProbeAsync(uri, cancellationToken);
            probes.Add(new DestinationProbe(uri, code, elapsed));
        }
        return probes;
    }

    /// <summary>
    /// Replaces one edge's destinations, sources and calls in the snapshot; returns the trunks whose health or calls
    /// changed, and the probed destinations whose state changed (for the timeline).
    /// </summary>
    internal (IReadOnlySet<Guid> Changed, IReadOnlyList<(Guid TrunkId, DestinationHealth Health)> Transitions) UpdateRouting(
        string edgeName, IReadOnlyList<HeldDestination> held, Dictionary<Guid, List<ResolvedSource>> sources, Dictionary<Guid, int> calls)
    {
        var destinations = held
            .Select(d => (d.Owner, d))
            .Where(x => x.Owner is not null && x.d.Home)
            .GroupBy(x => x.Owner!.Value.TrunkId)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<DestinationHealth>)[.. g.OrderBy(x => x.Owner!.Value.Position).Select(x => new DestinationHealth(
                    x.Owner!.Value.Position,
                    x.d.Uri,
                    !x.d.Probed ? DestinationState.NotProbed : x.d.Active ? DestinationState.Up : DestinationState.Down,
                    x.d.Probed && x.d.Active ? x.d.RoundTripEstimateMs : null,
                    edgeName))]);
        var next = new EdgeRouting(destinations, sources.ToDictionary(s => s.Key, s => (IReadOnlyList<ResolvedSource>)s.Value), calls);
        var previous = _routingByEdge.GetValueOrDefault(edgeName) ?? EdgeRouting.Empty;
        var changed = new HashSet<Guid>();
        var transitions = new List<(Guid, DestinationHealth)>();
        foreach (var trunkId in next.Destinations.Keys.Union(previous.Destinations.Keys))
        {
            var before = previous.Destinations.GetValueOrDefault(trunkId) ?? [];
            var after = next.Destinations.GetValueOrDefault(trunkId) ?? [];
            if (!before.SequenceEqual(after))
            {
                changed.Add(trunkId);
            }
            foreach (var now in after.Where(a => a.State != DestinationState.NotProbed))
            {
                var was = before.FirstOrDefault(b => b.Position == now.Position && b.Uri == now.Uri);
                if (was is null || was.State != now.State)
                {
                    transitions.Add((trunkId, now));
                }
            }
        }
        foreach (var trunkId in next.Calls.Keys.Union(previous.Calls.Keys))
        {
            if (next.Calls.GetValueOrDefault(trunkId) != previous.Calls.GetValueOrDefault(trunkId))
            {
                changed.Add(trunkId);
            }
        }
        foreach (var trunkId in next.Sources.Keys.Union(previous.Sources.Keys))
        {
            var before = previous.Sources.GetValueOrDefault(trunkId) ?? [];
            var after = next.Sources.GetValueOrDefault(trunkId) ?? [];
            if (!before.Select(s => s.Host + "=" + string.Join(",", s.Addresses)).SequenceEqual(after.Select(s => s.Host + "=" + string.Join(",", s.Addresses))))
            {
                changed.Add(trunkId);
            }
        }
        var routing = new Dictionary<string, EdgeRouting>();
        foreach (var instance in _edges)
        {
            if (instance.Name == edgeName)
            {
                routing[edgeName] = next;
            }
            else if (_routingByEdge.TryGetValue(instance.Name, out var other))
            {
                routing[instance.Name] = other;
            }
        }
        _routingByEdge = routing;
        return (changed, transitions);
    }

    private sealed record EdgeRouting(
        Dictionary<Guid, IReadOnlyList<DestinationHealth>> Destinations,
        Dictionary<Guid, IReadOnlyList<ResolvedSource>> Sources,
        Dictionary<Guid, int> Calls)
    {
        public static readonly EdgeRouting Empty = new([], [], []);
    }

    public async Task ApplyAsync(EdgeTrunk trunk, CancellationToken cancellationToken)
    {
        var portalId = await _installation.GetIdAsync(cancellationToken);
        foreach (var edge in EdgesOf(trunk))
        {
            await edge.ApplyAsync(trunk, portalId, cancellationToken);
        }
    }

    public async Task RemoveAsync(EdgeTrunk trunk, CancellationToken cancellationToken)
    {
        foreach (var edge in EdgesOf(trunk))
        {
            await edge.RemoveAsync(trunk.TrunkId, cancellationToken);
        }
    }

    public async Task<ReconcileResult> ReconcileAsync(string edgeName, IReadOnlyList<EdgeTrunk> liveTrunks, CancellationToken cancellationToken)
    {
        var edge = _edges.FirstOrDefault(e => e.Name == edgeName)
            ?? throw new SipEdgeUnavailableException($"There is no SIP edge named {edgeName}.");
        return await edge.ReconcileAsync(liveTrunks, await _installation.GetIdAsync(cancellationToken), cancellationToken);
    }

    /// <summary>Replaces one edge's contacts in the snapshot; returns the usernames whose contacts changed.</summary>
    internal IReadOnlySet<string> UpdateContacts(string edgeName, Dictionary<string, List<RegisteredContact>> contacts)
    {
        var byEdge = new Dictionary<string, IReadOnlyList<RegisteredContact>>(_contactsByEdge)
        {
            [edgeName] = [.. contacts.Values.SelectMany(c => c)],
        };
        var merged = byEdge.Values.SelectMany(c => c)
            .GroupBy(c => c.Aor, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        var changed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in merged.Keys.Union(_contacts.Keys, StringComparer.OrdinalIgnoreCase))
        {
            var before = _contacts.TryGetValue(user, out var b) ? Fingerprint(b) : "";
            var after = merged.TryGetValue(user, out var a) ? Fingerprint(a) : "";
            if (before != after)
            {
                changed.Add(user);
            }
        }
        _contactsByEdge = byEdge;
        _contacts = merged;
        return changed;
    }

    private static string Fingerprint(IEnumerable<RegisteredContact> contacts) =>
        string.Join('|', contacts.Select(c => $"{c.Edge} {c.ContactUri} {c.SourceAddress}").Order(StringComparer.Ordinal));

    private IEnumerable<KamailioEdge> EdgesOf(EdgeTrunk trunk)
    {
        var edges = new List<KamailioEdge>();
        foreach (var dataCenter in trunk.DataCenters)
        {
            if (!_byDataCenter.TryGetValue(dataCenter, out var edge))
            {
                throw new SipEdgeUnavailableException(
                    $"No SIP edge serves data center {dataCenter}: SipEdge:Edges names {string.Join(", ", _byDataCenter.Keys)}.");
            }
            if (!edges.Contains(edge))
            {
                edges.Add(edge);
            }
        }
        return edges;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var edge in _edges)
        {
            await edge.DisposeAsync();
        }
    }
}
