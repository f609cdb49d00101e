using TrunkPortal.Domain.Status;

namespace TrunkPortal.Edge;

/// <summary>
/// What only the SIP edge knows: who is registered on a trunk right now (T2, E4) and how many calls are up.
/// Read from a snapshot the edge keeps current, so a read never waits for the network.
/// </summary>
public interface ISipEdge
{
    /// <summary>Whether the edge describes a real SIP server ("Kamailio") or plays one ("Simulated").</summary>
    SipEdgeMode Mode { get; }

    /// <summary>E4: REGISTERED when at least one unexpired contact exists for the registration username.</summary>
    RegistrationStatus RegistrationOf(string? username);

    /// <summary>The contacts registered for <paramref name="username"/> on every edge that holds the trunk.</summary>
    IReadOnlyList<RegisteredContact> ContactsOf(string? username);

    /// <summary>The trunk's calls up on the edges now (dialogs counted against its channel limit).</summary>
    int ActiveCallsOf(Guid trunkId);

    /// <summary>S7: each destination of a static trunk as its data center's edge sees it now, in the order configured.</summary>
    IReadOnlyList<DestinationHealth> HealthOf(Guid trunkId);

    /// <summary>S1: what each of a static trunk's source hosts stands for on the edge (a domain name: what it resolved to).</summary>
    IReadOnlyList<ResolvedSource> SourcesOf(Guid trunkId);

    /// <summary>Sends SIP OPTIONS from the trunk's edge to each destination now ("Test routing"), in the order given.</summary>
    Task<IReadOnlyList<DestinationProbe>> ProbeAsync(string dataCenter, IReadOnlyList<string> destinationUris, CancellationToken cancellationToken);
}

/// <summary>One destination of a static trunk as the edge holds it: up, down, or not probed (SIP Options off).</summary>
public sealed record DestinationHealth(int Position, string Uri, DestinationState State, double? RoundTripMs, string Edge);

public enum DestinationState { Up, Down, NotProbed }

/// <summary>The answer to one OPTIONS sent now: the status code (null: no answer) and how long it took.</summary>
public sealed record DestinationProbe(string Uri, int? StatusCode, TimeSpan Elapsed)
{
    public bool Answered => StatusCode is >= 200 and < 300;
}

/// <summary>What one configured source host stands for on the edge: its addresses, resolved at <paramref name="ResolvedAt"/>.</summary>
public sealed record ResolvedSource(string Host, IReadOnlyList<string> Addresses, DateTimeOffset ResolvedAt);

/// <summary>
/// Provisioning: makes the edges hold a trunk as the portal describes it (E2). Every call is idempotent: the whole
/// desired state is written each time, so a retry after a crash or a timeout applies nothing twice. A failure throws
/// <see cref="SipEdgeUnavailableException"/> naming the data center and what failed.
/// </summary>
public interface ISipEdgeProvisioning
{
    /// <summary>How long an action waits before it is applied: the simulated platform's delay, none on a real edge.</summary>
    TimeSpan ActionDelay { get; }

    /// <summary>Writes the trunk to every edge that must hold it (its data center and the catalog pair, E5).</summary>
    Task ApplyAsync(EdgeTrunk trunk, CancellationToken cancellationToken);

    /// <summary>Removes the trunk and its registrations from every edge (for a delete, a FAILED create).</summary>
    Task RemoveAsync(EdgeTrunk trunk, CancellationToken cancellationToken);

    /// <summary>The edges, by name, with the data centers each serves.</summary>
    IReadOnlyList<EdgeDescription> Edges { get; }

    /// <summary>
    /// E3: makes one edge equal to <paramref name="liveTrunks"/> (every live trunk it must hold): missing rows
    /// applied, this portal's stale rows removed with their registrations.
    /// </summary>
    Task<ReconcileResult> ReconcileAsync(string edgeName, IReadOnlyList<EdgeTrunk> liveTrunks, CancellationToken cancellationToken);
}

public enum SipEdgeMode { Simulated, Kamailio }

/// <summary>One contact of a registered trunk (from REGISTER): what the trunk page lists.</summary>
public sealed record RegisteredContact(string Edge, string Aor, string ContactUri, string? SourceAddress, string? UserAgent, DateTimeOffset ExpiresAt);

public sealed record EdgeDescription(string Name, IReadOnlyList<string> DataCenters);

public sealed record ReconcileResult(string Edge, int Applied, int Removed, int Subscribers);
