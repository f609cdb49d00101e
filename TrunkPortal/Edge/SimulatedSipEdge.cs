using Microsoft.Extensions.Options;
using TrunkPortal.Domain.Status;
using TrunkPortal.Trunks;

namespace TrunkPortal.Edge;

/// <summary>
/// The embedded default when no SIP server is configured: every action succeeds after
/// <see cref="ProvisioningOptions.DelayMs"/>, nothing ever registers, no call runs. It says what it is
/// (<see cref="SipEdgeMode.Simulated"/>), and the portal shows that on every page.
/// </summary>
internal sealed class SimulatedSipEdge(IOptions<ProvisioningOptions> options) : ISipEdge, ISipEdgeProvisioning
{
    public SipEdgeMode Mode => SipEdgeMode.Simulated;

    public TimeSpan ActionDelay => TimeSpan.FromMilliseconds(Math.Max(0, options.Value.DelayMs));

    public IReadOnlyList<EdgeDescription> Edges => [];

    public RegistrationStatus RegistrationOf(string? username) => RegistrationStatus.Unregistered;

    public IReadOnlyList<RegisteredContact> ContactsOf(string? username) => [];

    public int ActiveCallsOf(Guid trunkId) => 0;

    public IReadOnlyList<DestinationHealth> HealthOf(Guid trunkId) => [];

    public IReadOnlyList<ResolvedSource> SourcesOf(Guid trunkId) => [];

    public Task<IReadOnlyList<DestinationProbe>> ProbeAsync(string dataCenter, IReadOnlyList<string> destinationUris, CancellationToken cancellationToken) =>
        throw new SipEdgeUnavailableException("The SIP edge is simulated: nothing can be probed. Run the portal with SipEdge:Mode Kamailio (edge/start.sh, launch profile edge).");

    public Task ApplyAsync(EdgeTrunk trunk, CancellationToken cancellationToken) => SimulateApplyAsync(cancellationToken);

    public Task RemoveAsync(EdgeTrunk trunk, CancellationToken cancellationToken) => SimulateApplyAsync(cancellationToken);

    public Task<ReconcileResult> ReconcileAsync(string edgeName, IReadOnlyList<EdgeTrunk> liveTrunks, CancellationToken cancellationToken) =>
        throw new SipEdgeUnavailableException($"There is no edge named {edgeName}: the SIP edge is simulated.");

    /// <summary><see cref="ProvisioningOptions.SimulatedApplyMs"/>: an apply that takes time (tests of claims and leases).</summary>
    private Task SimulateApplyAsync(CancellationToken cancellationToken) =>
        options.Value.SimulatedApplyMs > 0 ? Task.Delay(options.Value.SimulatedApplyMs, cancellationToken) : Task.CompletedTask;
}
