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

    public KamailioSipEdge(IOptions<SipEdgeOptions> options, IHttpClientFactory httpClients, PortalInstallationStore installation, TimeProvider time)
    {
        _installation = installation;
        _time = time;
        foreach (var edgeOptions in options.Value.Edges)
        {
            var edge = new KamailioEdge(edgeOptions, httpClients.CreateClient(nameof(KamailioSipEdge)), options.Value.CallTimeout);
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

    public int ActiveCallsOf(Guid trunkId) => 0;

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
