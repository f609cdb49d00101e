using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrunkPortal.Data;
using TrunkPortal.Domain.Hosts;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Edge;

namespace TrunkPortal.Trunks;

/// <summary>
/// What only the edge knows about a static trunk, for its customer (S4, S7): each destination up, down or not probed
/// with its round-trip time and last change, what its sources resolved to, the last 24 hours of transitions, and
/// "Test routing" (OPTIONS to every destination now, explained). Scoped by account like every trunk read.
/// </summary>
public sealed class TrunkHealth(ITrunkService trunks, ISipEdge edge, IDbContextFactory<AppDbContext> dbFactory, TimeProvider time)
{
    public async Task<TrunkHealthReport?> GetAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default)
    {
        if (await StaticTrunkAsync(accountId, trunkId, cancellationToken) is not { } trunk)
        {
            return null;
        }
        var since = time.GetUtcNow() - DestinationHealthEvent.Retention;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var events = await db.DestinationHealthEvents.AsNoTracking()
            .Where(e => e.TrunkId == trunkId && e.At >= since)
            .OrderByDescending(e => e.Id)
            .ToListAsync(cancellationToken);
        var hosts = DestinationsOf(trunk);
        var health = edge.HealthOf(trunkId);
        var destinations = hosts.Select((host, i) =>
        {
            var now = health.FirstOrDefault(h => h.Position == i && h.Uri == host.ToSipUri());
            var last = events.FirstOrDefault(e => e.Position == i && e.Destination == host.ToSipUri());
            return new DestinationStatus(i, host.ToString(), host.ToSipUri(), now?.State, now?.RoundTripMs, last?.At);
        }).ToList();
        var timeline = events
            .Select(e => new HealthTransition(e.At, e.Position, e.Position < hosts.Count ? hosts[e.Position].ToString() : e.Destination, e.Up, e.RoundTripMs))
            .ToList();
        return new TrunkHealthReport(trunkId, trunk.Settings.Strategy, trunk.Settings.SipOptionsEnabled == true, edge.Mode,
            destinations, edge.SourcesOf(trunkId), timeline);
    }

    /// <summary>Probes every destination from the trunk's edge now and says where a call would go and why.</summary>
    public async Task<OperationResult<RoutingTestReport>> TestRoutingAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken = default)
    {
        if (await StaticTrunkAsync(accountId, trunkId, cancellationToken) is not { } trunk)
        {
            return OperationResult<RoutingTestReport>.NotFound();
        }
        var hosts = DestinationsOf(trunk);
        IReadOnlyList<DestinationProbe> probes;
        try
        {
            probes = await edge.ProbeAsync(trunk.Settings.Location ?? "", [.. hosts.Select(h => h.ToSipUri())], cancellationToken);
        }
        catch (SipEdgeUnavailableException ex)
        {
            return OperationResult<RoutingTestReport>.Refused("S7", ex.Message);
        }
        var checks = hosts.Zip(probes, (host, probe) => new DestinationCheck(host.ToString(), probe.Answered, Describe(probe))).ToList();
        var explanation = RoutingExplanation.Explain(trunk.Settings.Strategy, trunk.Settings.SipOptionsEnabled == true, checks);
        return OperationResult<RoutingTestReport>.Success(new RoutingTestReport(time.GetUtcNow(),
            [.. hosts.Zip(probes, (host, probe) => new DestinationProbeResult(host.ToString(), probe.Uri, probe.StatusCode, probe.Answered, Math.Round(probe.Elapsed.TotalMilliseconds, 1)))],
            explanation));
    }

    /// <summary>The timeline as CSV (RFC 4180): time (UTC, ISO 8601), destination, state, round trip.</summary>
    public static string ToCsv(TrunkHealthReport report)
    {
        var csv = new StringBuilder("time_utc,position,destination,state,round_trip_ms\r\n");
        foreach (var t in report.Timeline.OrderBy(t => t.At))
        {
            csv.Append(t.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Append(',')
                .Append((t.Position + 1).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Quote(t.Host)).Append(',')
                .Append(t.Up ? "UP" : "DOWN").Append(',')
                .Append(t.RoundTripMs?.ToString("0.#", CultureInfo.InvariantCulture) ?? "").Append("\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    private static string Describe(DestinationProbe probe) => probe.StatusCode is { } code
        ? $"{code} in {probe.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms"
        : $"no answer within {probe.Elapsed.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    private static List<SipHost> DestinationsOf(TrunkView trunk) => [.. HostList.Parse(trunk.Settings.DestinationHosts, HostParser.ParseDestinationHost).Hosts];

    private async Task<TrunkView?> StaticTrunkAsync(Guid accountId, Guid trunkId, CancellationToken cancellationToken) =>
        await trunks.GetAsync(accountId, trunkId, cancellationToken) is { Settings.Type: TrunkType.Static } trunk ? trunk : null;
}

public sealed record TrunkHealthReport(
    Guid TrunkId,
    RoutingStrategy? Strategy,
    bool OptionsPolling,
    SipEdgeMode Mode,
    IReadOnlyList<DestinationStatus> Destinations,
    IReadOnlyList<ResolvedSource> Sources,
    IReadOnlyList<HealthTransition> Timeline);

/// <summary>A destination now: <see cref="State"/> is null when the edge does not hold it (simulated, or not yet provisioned).</summary>
public sealed record DestinationStatus(int Position, string Host, string Uri, DestinationState? State, double? RoundTripMs, DateTimeOffset? ChangedAt);

public sealed record HealthTransition(DateTimeOffset At, int Position, string Host, bool Up, double? RoundTripMs);

public sealed record RoutingTestReport(DateTimeOffset At, IReadOnlyList<DestinationProbeResult> Probes, IReadOnlyList<string> Explanation);

public sealed record DestinationProbeResult(string Host, string Uri, int? StatusCode, bool Answered, double ElapsedMs);
