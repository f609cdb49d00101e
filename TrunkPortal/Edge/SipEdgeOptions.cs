namespace TrunkPortal.Edge;

/// <summary>The "SipEdge" configuration section: which SIP edge the portal provisions (appsettings.Edge.json).</summary>
public sealed record SipEdgeOptions
{
    public const string SectionName = "SipEdge";

    /// <summary><see cref="SipEdgeMode.Simulated"/> (the default: nothing to install) or <see cref="SipEdgeMode.Kamailio"/>.</summary>
    public SipEdgeMode Mode { get; init; } = SipEdgeMode.Simulated;

    /// <summary>E2: how long the provisioner retries an edge that does not answer before a create ends FAILED and an edit RESET.</summary>
    public TimeSpan ApplyTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>How often the registrations are read from each edge (E4 asks for a badge within 3 s).</summary>
    public TimeSpan RegistrationPollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one call to an edge (database or JSON-RPC) may take before it counts as not answering.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// E3 on a schedule: how often each edge is reconciled even when nothing went wrong, which also resolves static
    /// trunks' source domain names again (S1).
    /// </summary>
    public TimeSpan ReconcileInterval { get; init; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<KamailioEdgeOptions> Edges { get; init; } = [];
}

/// <summary>One Kamailio instance: the data centers it serves, where it listens, its database and its realm.</summary>
public sealed record KamailioEdgeOptions
{
    /// <summary>A short name (edge/start.sh and the logs use it), e.g. "frankfurt".</summary>
    public string Name { get; init; } = "";

    /// <summary>The catalog codes it serves; several data centers may share one instance.</summary>
    public IReadOnlyList<string> DataCenters { get; init; } = [];

    /// <summary>The IP address its SIP sockets listen on (UDP and TCP).</summary>
    public string SipAddress { get; init; } = "";

    public int SipPort { get; init; } = 5060;

    /// <summary>Its JSON-RPC endpoint, e.g. http://127.0.0.10:5080/RPC.</summary>
    public string RpcUrl { get; init; } = "";

    /// <summary>The Npgsql connection string of its provisioning database (edge/schema.sql).</summary>
    public string Database { get; init; } = "";

    /// <summary>The DIGEST realm it challenges with; must be the realm the portal's HA1s are computed with.</summary>
    public string Realm { get; init; } = "";

    /// <summary>Where it sends accepted calls (the voice platform behind the edge); used by edge/start.sh.</summary>
    public string Platform { get; init; } = "";

    /// <summary>
    /// When true the catalog's SBC addresses of its data centers become <see cref="SipAddress"/> (a local setup, so a
    /// softphone can be pointed at what the dialog says); false where a public SBC sits in front of the edge.
    /// </summary>
    public bool AdvertiseAsSbc { get; init; }
}
