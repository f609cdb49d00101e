using System.Net;
using System.Net.Sockets;
using Npgsql;
using NpgsqlTypes;
using TrunkPortal.Domain.Hosts;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Edge.Kamailio;

/// <summary>
/// A static trunk in an edge's database (edge/schema.sql): its static_trunk row (strategy, enabled, channel limit),
/// its source allowlist (static_source, one row per address) and its destinations (Kamailio's dispatcher table,
/// one set per trunk). What Kamailio holds in memory is brought in line afterwards by <see cref="DispatcherSync"/>.
/// </summary>
internal static class StaticTrunkRows
{
    /// <summary>Dispatcher flag 8: the destination is probed with SIP OPTIONS (S4 on; ds_probing_mode 3).</summary>
    public const int ProbingFlag = 8;

    /// <summary>
    /// Dispatcher flag 16: the host is not resolved when the destination is loaded, but at each request (a domain is
    /// looked up by SRV when it has no port). Without it Kamailio drops, without an error, a domain it cannot
    /// resolve at that moment.
    /// </summary>
    public const int ResolveAtSendFlag = 16;

    /// <summary>Writes the trunk; returns its destination set as Kamailio must hold it.</summary>
    public static async Task<DestinationSet> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, EdgeTrunk trunk, EdgeStaticRouting routing,
        IReadOnlyList<ResolvedSource> sources, Guid portalId, bool home, CancellationToken cancellationToken)
    {
        int setId;
        await using (var upsert = new NpgsqlCommand("""
            INSERT INTO static_trunk (trunk_id, portal_id, strategy, enabled, options_polling, channel_limit)
            VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (trunk_id) DO UPDATE SET portal_id = EXCLUDED.portal_id, strategy = EXCLUDED.strategy,
                enabled = EXCLUDED.enabled, options_polling = EXCLUDED.options_polling, channel_limit = EXCLUDED.channel_limit
            RETURNING setid
            """, connection, transaction))
        {
            upsert.Parameters.Add(new NpgsqlParameter { Value = trunk.TrunkId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = portalId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = StrategyName(routing.Strategy) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (short)(trunk.Enabled ? 1 : 0) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (short)(routing.OptionsPolling ? 1 : 0) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = trunk.ChannelLimit });
            setId = Convert.ToInt32(await upsert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        var set = DestinationSet.For(setId, trunk.TrunkId, routing, home);
        await ExecuteAsync(connection, transaction, "DELETE FROM dispatcher WHERE setid = $1", cancellationToken, setId);
        foreach (var destination in set.Destinations)
        {
            await ExecuteAsync(connection, transaction,
                "INSERT INTO dispatcher (setid, destination, flags, priority, attrs, description) VALUES ($1, $2, $3, $4, $5, $6)",
                cancellationToken, setId, destination.Uri, destination.Flags, destination.Priority, destination.Attrs, Truncate(destination.Host, 64));
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM static_source WHERE trunk_id = $1", cancellationToken, trunk.TrunkId);
        foreach (var source in sources)
        {
            foreach (var address in source.Addresses)
            {
                // S6 keeps hosts apart as typed; two domain names resolving to one address stay with the first trunk.
                await ExecuteAsync(connection, transaction,
                    "INSERT INTO static_source (address, trunk_id, host, resolved_at) VALUES ($1, $2, $3, $4) ON CONFLICT (address) DO NOTHING",
                    cancellationToken, address, trunk.TrunkId, Truncate(source.Host, 255), source.ResolvedAt);
            }
        }
        return set;
    }

    /// <summary>Deletes the trunk's rows (its sources go with it); returns its set id, or null when it had none.</summary>
    public static async Task<int?> DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid trunkId, CancellationToken cancellationToken)
    {
        await using var delete = new NpgsqlCommand("DELETE FROM static_trunk WHERE trunk_id = $1 RETURNING setid", connection, transaction);
        delete.Parameters.Add(new NpgsqlParameter { Value = trunkId });
        if (await delete.ExecuteScalarAsync(cancellationToken) is not int setId)
        {
            return null;
        }
        await ExecuteAsync(connection, transaction, "DELETE FROM dispatcher WHERE setid = $1", cancellationToken, setId);
        return setId;
    }

    /// <summary>Deletes every static trunk of this portal not in <paramref name="keep"/>; returns their set ids.</summary>
    public static async Task<List<int>> DeleteStaleAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid portalId, Guid[] keep, CancellationToken cancellationToken)
    {
        var setIds = new List<int>();
        await using (var stale = new NpgsqlCommand(
            "DELETE FROM static_trunk WHERE portal_id = $1 AND NOT (trunk_id = ANY($2)) RETURNING setid", connection, transaction))
        {
            stale.Parameters.Add(new NpgsqlParameter { Value = portalId });
            stale.Parameters.Add(new NpgsqlParameter { Value = keep, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
            await using var reader = await stale.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                setIds.Add(reader.GetInt32(0));
            }
        }
        if (setIds.Count > 0)
        {
            await using var rows = new NpgsqlCommand("DELETE FROM dispatcher WHERE setid = ANY($1)", connection, transaction);
            rows.Parameters.Add(new NpgsqlParameter { Value = setIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
            await rows.ExecuteNonQueryAsync(cancellationToken);
        }
        return setIds;
    }

    /// <summary>The sources of every static trunk on this edge: what each configured host resolved to, and when.</summary>
    public static async Task<Dictionary<Guid, List<ResolvedSource>>> SourcesAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var sources = new Dictionary<Guid, List<ResolvedSource>>();
        await using var command = database.CreateCommand("SELECT trunk_id, host, address, resolved_at FROM static_source ORDER BY trunk_id, host, address");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<(Guid Trunk, string Host, string Address, DateTimeOffset At)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }
        foreach (var byTrunk in rows.GroupBy(r => r.Trunk))
        {
            sources[byTrunk.Key] = [.. byTrunk.GroupBy(r => r.Host).Select(h => new ResolvedSource(h.Key, [.. h.Select(r => r.Address)], h.Max(r => r.At)))];
        }
        return sources;
    }

    /// <summary>
    /// The addresses a trunk's sources stand for: an IP is itself; a domain name is looked up now (A and AAAA).
    /// A name that does not resolve keeps what it resolved to before (<paramref name="previous"/>), so a DNS outage
    /// does not shut a customer out.
    /// </summary>
    public static async Task<List<ResolvedSource>> ResolveAsync(
        IReadOnlyList<SipHost> hosts, IReadOnlyList<ResolvedSource> previous, TimeProvider time, TimeSpan timeout, CancellationToken cancellationToken,
        Func<string, CancellationToken, Task<IPAddress[]>>? lookup = null)
    {
        lookup ??= Dns.GetHostAddressesAsync;
        var resolved = new List<ResolvedSource>();
        foreach (var host in hosts)
        {
            if (host.Kind != SipHostKind.Domain)
            {
                resolved.Add(new ResolvedSource(host.Host, [host.Host], time.GetUtcNow()));
                continue;
            }
            try
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                cts.CancelAfter(timeout);
                var addresses = await lookup(host.Host, cts.Token);
                resolved.Add(new ResolvedSource(host.Host, [.. addresses.Select(Normalise).Distinct(StringComparer.Ordinal)], time.GetUtcNow()));
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                if (previous.FirstOrDefault(p => p.Host == host.Host) is { } before)
                {
                    resolved.Add(before);
                }
            }
        }
        return resolved;
    }

    private static string Normalise(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    public static string StrategyName(RoutingStrategy strategy) => strategy switch
    {
        RoutingStrategy.Failover => "FAILOVER",
        RoutingStrategy.RoundRobin => "ROUND_ROBIN",
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, "Unknown routing strategy."),
    };

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>A static trunk's destination set as Kamailio's dispatcher holds it.</summary>
internal sealed record DestinationSet(int SetId, IReadOnlyList<DispatcherDestination> Destinations)
{
    /// <summary>
    /// One destination per configured host, in order. FAILOVER (algorithm 8) takes the highest priority first, so the
    /// first host has the highest; attrs carry the trunk and position ("duid=trunk/n") for the health snapshot, and
    /// "home=1" on the edge of the trunk's own data center, whose view the trunk page and the timeline show (the
    /// catalog pair's edge routes and probes too).
    /// </summary>
    public static DestinationSet For(int setId, Guid trunkId, EdgeStaticRouting routing, bool home) => new(setId, [.. routing.Destinations.Select((host, i) =>
        new DispatcherDestination(host.ToSipUri(), host.ToString(),
            (routing.OptionsPolling ? StaticTrunkRows.ProbingFlag : 0) | (host.Kind == SipHostKind.Domain ? StaticTrunkRows.ResolveAtSendFlag : 0),
            routing.Destinations.Count - i, $"duid={trunkId:N}/{i};home={(home ? 1 : 0)}"))]);
}

internal sealed record DispatcherDestination(string Uri, string Host, int Flags, int Priority, string Attrs)
{
    public (string Uri, bool Probed, int Priority, string Attrs) Key => (Uri, (Flags & StaticTrunkRows.ProbingFlag) != 0, Priority, Attrs);
}
