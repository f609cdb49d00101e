using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Edge;

/// <summary>
/// E3: makes an edge equal to the portal's live trunks of the data centers it serves (the portal's database is the
/// source of truth): on start, when an edge restarted or came back, and on demand (support, the API).
/// </summary>
internal sealed partial class EdgeReconciler(
    IDbContextFactory<AppDbContext> dbFactory,
    ISipEdgeProvisioning edges,
    CatalogLookup catalog,
    EdgeWriteGate gate,
    EdgeStatusBoard board,
    ILogger<EdgeReconciler> logger)
{
    public IReadOnlyList<EdgeDescription> Edges => edges.Edges;

    public async Task<ReconcileResult> ReconcileAsync(string edgeName, CancellationToken cancellationToken)
    {
        var edge = edges.Edges.FirstOrDefault(e => e.Name == edgeName)
            ?? throw new SipEdgeUnavailableException($"There is no SIP edge named {edgeName}.");
        await using var _ = await gate.EnterAsync(cancellationToken);
        var live = await LiveTrunksAsync(edge, cancellationToken);
        var result = await edges.ReconcileAsync(edge.Name, live, cancellationToken);
        board.Reconciled(result);
        LogReconciled(result.Edge, result.Applied, result.Removed, result.Subscribers);
        return result;
    }

    /// <summary>Every trunk the edge must hold: live, not FAILED or being deleted, in a data center it serves or their pair.</summary>
    private async Task<List<EdgeTrunk>> LiveTrunksAsync(EdgeDescription edge, CancellationToken cancellationToken)
    {
        var served = edge.DataCenters.ToHashSet(StringComparer.Ordinal);
        var locations = served.Concat(served.Select(d => catalog.PairOf(d)?.Code).OfType<string>()).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var trunks = await db.Trunks.AsNoTracking()
            .Where(t => t.DeletedAt == null && locations.Contains(t.Location))
            .ToListAsync(cancellationToken);
        return [.. trunks.Where(EdgeTrunk.Holds)
            .Select(t => EdgeTrunk.From(t, catalog))
            .Where(t => t.DataCenters.Any(served.Contains))];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SIP edge {Edge} reconciled: {Applied} trunks applied, {Removed} stale removed, {Subscribers} subscribers")]
    private partial void LogReconciled(string edge, int applied, int removed, int subscribers);
}
