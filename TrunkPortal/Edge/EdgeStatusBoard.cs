using System.Collections.Concurrent;

namespace TrunkPortal.Edge;

/// <summary>
/// What support sees of each edge (the "SIP edges" page): whether it answered the last poll, since when it runs,
/// what it last said when it failed, and the last reconciliation. Written by the monitor and the reconciler.
/// </summary>
public sealed class EdgeStatusBoard(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, EdgeState> _states = new(StringComparer.Ordinal);

    public event Action? Changed;

    public EdgeState? Of(string edge) => _states.TryGetValue(edge, out var state) ? state : null;

    internal void Answered(string edge, long uptimeSeconds) =>
        Update(edge, s => s with { Reachable = true, UptimeSeconds = uptimeSeconds, LastError = null, CheckedAt = time.GetUtcNow() });

    internal void Failed(string edge, string error) =>
        Update(edge, s => s with { Reachable = false, LastError = error, CheckedAt = time.GetUtcNow() });

    internal void Reconciled(ReconcileResult result) =>
        Update(result.Edge, s => s with { LastReconcile = result, ReconciledAt = time.GetUtcNow() });

    private void Update(string edge, Func<EdgeState, EdgeState> change)
    {
        _states.AddOrUpdate(edge, _ => change(new EdgeState()), (_, s) => change(s));
        Changed?.Invoke();
    }
}

public sealed record EdgeState
{
    public bool Reachable { get; init; }

    public long? UptimeSeconds { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? CheckedAt { get; init; }

    public ReconcileResult? LastReconcile { get; init; }

    public DateTimeOffset? ReconciledAt { get; init; }
}
