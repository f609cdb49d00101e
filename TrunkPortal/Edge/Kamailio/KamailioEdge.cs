using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Edge.Kamailio;

/// <summary>
/// One Kamailio instance: its provisioning database (subscriber, access_code and the static trunks' tables of
/// edge/schema.sql, written with Npgsql) and its JSON-RPC (contacts, destination sets, calls). Every write is an
/// upsert or a delete of the whole desired state, so it can be repeated (E2); contacts are removed with
/// <c>ul.rm</c>, never with SQL (usrloc keeps them in memory), and destination sets follow through
/// <see cref="DispatcherSync"/>.
/// </summary>
internal sealed class KamailioEdge : IAsyncDisposable
{
    private readonly NpgsqlDataSource _database;
    private readonly KamailioRpcClient _rpc;
    private readonly DispatcherSync _dispatcher;
    private readonly TimeProvider _time;
    private readonly TimeSpan _callTimeout;
    private readonly string _databaseDescription;
    private static readonly TimeSpan _breakerOpen = TimeSpan.FromSeconds(1);
    /// <summary>How long the edge waits for a final answer to a request it sends (tm fr_timer in edge/kamailio.cfg).</summary>
    private static readonly TimeSpan _probeWait = TimeSpan.FromSeconds(3);
    private string? _lastFailure;
    private long _lastFailureAt;

    public KamailioEdge(KamailioEdgeOptions options, HttpClient http, TimeSpan callTimeout, TimeSpan applyTimeout, TimeProvider time)
    {
        Options = options;
        _time = time;
        _callTimeout = callTimeout;
        var builder = new NpgsqlConnectionStringBuilder(options.Database)
        {
            Timeout = Math.Max(1, (int)callTimeout.TotalSeconds),
            CommandTimeout = Math.Max(1, (int)callTimeout.TotalSeconds),
        };
        _database = NpgsqlDataSource.Create(builder.ConnectionString);
        _databaseDescription = $"{Describe(options)} database ({builder.Database} on {builder.Host}:{builder.Port})";
        _rpc = new KamailioRpcClient(http, new Uri(options.RpcUrl), $"{Describe(options)} at {options.RpcUrl}", callTimeout);
        _dispatcher = new DispatcherSync(_rpc, Describe(options), applyTimeout);
    }

    public KamailioEdgeOptions Options { get; }

    public string Name => Options.Name;

    /// <summary>"The SIP edge of FRANKFURT (frankfurt)": the words every failure reason starts with.</summary>
    public static string Describe(KamailioEdgeOptions options) =>
        $"The SIP edge of {string.Join(" and ", options.DataCenters)} ({options.Name})";

    public Task ApplyAsync(EdgeTrunk trunk, Guid portalId, CancellationToken cancellationToken) => GuardedAsync(async () =>
    {
        var sources = await ResolveSourcesAsync([trunk], cancellationToken);
        var sets = new List<DestinationSet>();
        var dropContactsOf = await WriteAsync(async (connection, transaction) =>
            await UpsertAsync(connection, transaction, trunk, portalId, sources, sets, cancellationToken), cancellationToken);
        await DropContactsOrPingAsync(dropContactsOf, cancellationToken);
        await SyncDestinationsAsync(sets, cancellationToken);
    });

    public Task RemoveAsync(Guid trunkId, CancellationToken cancellationToken) => GuardedAsync(async () =>
    {
        var sets = new List<DestinationSet>();
        var removed = await WriteAsync(async (connection, transaction) =>
            await DeleteTrunkAsync(connection, transaction, trunkId, keepUsername: null, cancellationToken, sets: sets), cancellationToken);
        await DropContactsOrPingAsync(removed, cancellationToken);
        await SyncDestinationsAsync(sets, cancellationToken);
    });

    /// <summary>What every static trunk's source hosts resolved to on this edge, by trunk (the trunk page shows it).</summary>
    public async Task<Dictionary<Guid, List<ResolvedSource>>> SourcesAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await StaticTrunkRows.SourcesAsync(_database, cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new SipEdgeUnavailableException($"{_databaseDescription} did not answer: {ex.Message}", ex);
        }
    }

    /// <summary>Every destination this edge holds in memory, with its OPTIONS state and round-trip estimate.</summary>
    public Task<IReadOnlyList<HeldDestination>> DestinationsAsync(CancellationToken cancellationToken) => _dispatcher.HeldAsync(cancellationToken);

    /// <summary>Calls up now, by trunk: the dialogs in profile "trunk" (their value is the trunk id).</summary>
    public async Task<Dictionary<Guid, int>> ActiveCallsAsync(CancellationToken cancellationToken)
    {
        var calls = new Dictionary<Guid, int>();
        JsonElement dialogs;
        try
        {
            dialogs = await _rpc.CallAsync("dlg.profile_list", ["trunk"], cancellationToken);
        }
        catch (KamailioRpcException)
        {
            return calls;
        }
        if (dialogs.ValueKind != JsonValueKind.Array)
        {
            return calls;
        }
        foreach (var dialog in dialogs.EnumerateArray())
        {
            if (!dialog.TryGetProperty("profiles", out var profiles) || profiles.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var profile in profiles.EnumerateArray())
            {
                if (profile.TryGetProperty("trunk", out var value) && Guid.TryParse(value.GetString(), out var trunkId))
                {
                    calls[trunkId] = calls.GetValueOrDefault(trunkId) + 1;
                }
            }
        }
        return calls;
    }

    /// <summary>
    /// SIP OPTIONS to <paramref name="uri"/> now, sent by the edge (tm's <c>t_uac_wait_block</c>): the status code of
    /// the final answer and how long it took, or null code when nothing answered.
    /// </summary>
    public async Task<(int? Code, TimeSpan Elapsed)> ProbeAsync(string uri, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        try
        {
            var answer = await _rpc.CallAsync("tm.t_uac_wait_block",
                ["OPTIONS", uri, ".", ".", $"From: <sip:options@trunkportal.edge>;tag={Guid.NewGuid():N}\r\nTo: <{uri}>\r\n", ""], cancellationToken,
                _probeWait + _callTimeout);
            var elapsed = _time.GetElapsedTime(started);
            var status = answer.ValueKind == JsonValueKind.Object && answer.TryGetProperty("code", out var code) && code.TryGetInt32(out var c) ? c
                : answer.ValueKind == JsonValueKind.String && int.TryParse(answer.GetString()?.Split(' ')[0], out var s) ? s
                : (int?)null;
            return (status is >= 200 and < 408 or > 408 ? status : null, elapsed);
        }
        catch (KamailioRpcException)
        {
            return (null, _time.GetElapsedTime(started));
        }
    }

    private async Task SyncDestinationsAsync(List<DestinationSet> sets, CancellationToken cancellationToken)
    {
        await _dispatcher.SyncAsync(sets, cancellationToken);
    }

    /// <summary>Resolves the static trunks' source hosts before the write (DNS is not looked up inside a transaction).</summary>
    private async Task<Dictionary<Guid, List<ResolvedSource>>> ResolveSourcesAsync(IReadOnlyList<EdgeTrunk> trunks, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<Guid, List<ResolvedSource>>();
        var statics = trunks.Where(t => t.Static is not null).ToList();
        if (statics.Count == 0)
        {
            return resolved;
        }
        var previous = statics.Any(t => t.Static!.Sources.Any(h => h.Kind == Domain.Hosts.SipHostKind.Domain))
            ? await SourcesAsync(cancellationToken)
            : [];
        foreach (var trunk in statics)
        {
            resolved[trunk.TrunkId] = await StaticTrunkRows.ResolveAsync(
                trunk.Static!.Sources, previous.GetValueOrDefault(trunk.TrunkId) ?? [], _time, _callTimeout, cancellationToken);
        }
        return resolved;
    }

    /// <summary>
    /// A breaker: for <see cref="_breakerOpen"/> after a failure, further writes fail at once with the same reason, so
    /// a pass over a hundred due trunks of a dead edge costs one timeout, not a hundred. The next write after it tries again.
    /// </summary>
    private async Task GuardedAsync(Func<Task> write)
    {
        if (_lastFailure is { } failure && Environment.TickCount64 - _lastFailureAt < _breakerOpen.TotalMilliseconds)
        {
            throw new SipEdgeUnavailableException(failure);
        }
        try
        {
            await write();
            _lastFailure = null;
        }
        catch (SipEdgeUnavailableException ex)
        {
            _lastFailure = ex.Message;
            _lastFailureAt = Environment.TickCount64;
            throw;
        }
    }

    /// <summary>E3: every live trunk upserted, every other row of this portal deleted; contacts of those dropped.</summary>
    public async Task<ReconcileResult> ReconcileAsync(IReadOnlyList<EdgeTrunk> live, Guid portalId, CancellationToken cancellationToken)
    {
        var removedTrunks = 0;
        var sources = await ResolveSourcesAsync(live, cancellationToken);
        var sets = new List<DestinationSet>();
        var drop = await WriteAsync(async (connection, transaction) =>
        {
            var usernames = new List<string>();
            foreach (var trunk in live)
            {
                usernames.AddRange(await UpsertAsync(connection, transaction, trunk, portalId, sources, sets, cancellationToken));
            }
            var ids = live.Select(t => t.TrunkId).ToArray();
            var staleSets = await StaticTrunkRows.DeleteStaleAsync(connection, transaction, portalId, ids, cancellationToken);
            removedTrunks += staleSets.Count;
            sets.AddRange(staleSets.Select(id => new DestinationSet(id, [])));
            await using (var stale = new NpgsqlCommand(
                "DELETE FROM subscriber WHERE portal_id = $1 AND NOT (trunk_id = ANY($2)) RETURNING username, trunk_id", connection, transaction))
            {
                stale.Parameters.Add(new NpgsqlParameter { Value = portalId });
                stale.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
                var staleTrunks = new HashSet<Guid>();
                await using var reader = await stale.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    usernames.Add(reader.GetString(0));
                    staleTrunks.Add(reader.GetGuid(1));
                }
                removedTrunks += staleTrunks.Count;
            }
            await using (var staleCodes = new NpgsqlCommand(
                "DELETE FROM access_code WHERE portal_id = $1 AND NOT (trunk_id = ANY($2))", connection, transaction))
            {
                staleCodes.Parameters.Add(new NpgsqlParameter { Value = portalId });
                staleCodes.Parameters.Add(new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
                removedTrunks += await staleCodes.ExecuteNonQueryAsync(cancellationToken);
            }
            return usernames;
        }, cancellationToken);
        await DropContactsOrPingAsync(drop, cancellationToken);
        await SyncDestinationsAsync(sets, cancellationToken);
        var subscribers = await CountSubscribersAsync(portalId, cancellationToken);
        return new ReconcileResult(Name, live.Count, removedTrunks, subscribers);
    }

    public async Task<int> CountSubscribersAsync(Guid portalId, CancellationToken cancellationToken)
    {
        try
        {
            await using var command = _database.CreateCommand("SELECT count(*) FROM subscriber WHERE portal_id = $1");
            command.Parameters.Add(new NpgsqlParameter { Value = portalId });
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            throw new SipEdgeUnavailableException($"{_databaseDescription} did not answer: {ex.Message}", ex);
        }
    }

    /// <summary>How long the Kamailio process has run; a smaller value than last time means it restarted.</summary>
    public async Task<long> UptimeAsync(CancellationToken cancellationToken)
    {
        var result = await _rpc.CallAsync("core.uptime", [], cancellationToken);
        return result.TryGetProperty("uptime", out var uptime) && uptime.TryGetInt64(out var seconds) ? seconds : 0;
    }

    /// <summary>Every contact on this edge (ul.dump), by lower-case AoR (usrloc lower-cases it).</summary>
    public async Task<Dictionary<string, List<RegisteredContact>>> ContactsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = await _rpc.CallAsync("ul.dump", [], cancellationToken);
        var contacts = new Dictionary<string, List<RegisteredContact>>(StringComparer.OrdinalIgnoreCase);
        if (result.ValueKind != JsonValueKind.Object || !result.TryGetProperty("Domains", out var domains))
        {
            return contacts;
        }
        foreach (var domain in domains.EnumerateArray())
        {
            if (!domain.TryGetProperty("Domain", out var d) || !d.TryGetProperty("AoRs", out var aors) || aors.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var aor in aors.EnumerateArray())
            {
                if (!aor.TryGetProperty("Info", out var info) || info.GetProperty("AoR").GetString() is not { } user
                    || !info.TryGetProperty("Contacts", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }
                foreach (var item in list.EnumerateArray())
                {
                    var c = item.GetProperty("Contact");
                    // "Expires" is the number of seconds left, or a word ("permanent", "expired", "deleted").
                    if (!c.TryGetProperty("Expires", out var expires) || !expires.TryGetInt64(out var seconds) || seconds <= 0)
                    {
                        continue;
                    }
                    if (!contacts.TryGetValue(user, out var forUser))
                    {
                        contacts[user] = forUser = [];
                    }
                    forUser.Add(new RegisteredContact(
                        Name,
                        user,
                        Text(c, "Address") ?? "",
                        Text(c, "Received") is { } received ? received.Replace("sip:", "", StringComparison.Ordinal) : null,
                        Text(c, "User-Agent"),
                        now.AddSeconds(seconds)));
                }
            }
        }
        return contacts;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s && s != "[not set]" ? s : null;

    private async Task DropContactsOrPingAsync(IReadOnlyCollection<string> usernames, CancellationToken cancellationToken)
    {
        if (usernames.Count == 0)
        {
            // Nothing to drop: still make Kamailio confirm it is there (E2, an action is SUCCESS only then).
            await UptimeAsync(cancellationToken);
            return;
        }
        foreach (var username in usernames.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            try
            {
                await _rpc.CallAsync("ul.rm", ["location", username], cancellationToken);
            }
            catch (KamailioRpcException)
            {
                // "AOR not found": nothing registered, which is what was asked.
            }
        }
    }

    private async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _database.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var result = await write(connection, transaction);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            throw new SipEdgeUnavailableException($"{_databaseDescription} did not answer: {ex.Message}", ex);
        }
    }

    /// <summary>Writes one trunk; returns the usernames whose contacts must go (disabled, new HA1, username gone).</summary>
    private async Task<List<string>> UpsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, EdgeTrunk trunk, Guid portalId,
        Dictionary<Guid, List<ResolvedSource>> sources, List<DestinationSet> sets, CancellationToken cancellationToken)
    {
        var drop = new List<string>();
        string? previousHa1 = null;
        if (trunk.Subscriber is { } subscriber)
        {
            await using (var current = new NpgsqlCommand("SELECT ha1 FROM subscriber WHERE trunk_id = $1 AND username = $2", connection, transaction))
            {
                current.Parameters.Add(new NpgsqlParameter { Value = trunk.TrunkId });
                current.Parameters.Add(new NpgsqlParameter { Value = subscriber.Username });
                previousHa1 = await current.ExecuteScalarAsync(cancellationToken) as string;
            }
            await using var upsert = new NpgsqlCommand("""
                INSERT INTO subscriber (username, domain, ha1, trunk_id, portal_id, kind, enabled, invite_challenge, channel_limit)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                ON CONFLICT (username, domain) DO UPDATE SET ha1 = EXCLUDED.ha1, trunk_id = EXCLUDED.trunk_id,
                    portal_id = EXCLUDED.portal_id, kind = EXCLUDED.kind, enabled = EXCLUDED.enabled,
                    invite_challenge = EXCLUDED.invite_challenge, channel_limit = EXCLUDED.channel_limit
                """, connection, transaction);
            upsert.Parameters.Add(new NpgsqlParameter { Value = subscriber.Username });
            upsert.Parameters.Add(new NpgsqlParameter { Value = Options.Realm });
            upsert.Parameters.Add(new NpgsqlParameter { Value = subscriber.Ha1 });
            upsert.Parameters.Add(new NpgsqlParameter { Value = trunk.TrunkId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = portalId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = KindOf(trunk.Type) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (short)(trunk.Enabled ? 1 : 0) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (short)(trunk.InviteChallenge ? 1 : 0) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = trunk.ChannelLimit });
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            if (!trunk.Enabled || (previousHa1 is not null && previousHa1 != subscriber.Ha1))
            {
                // G4: a disabled trunk keeps no registration; G2: what registered with the old password goes.
                drop.Add(subscriber.Username);
            }
        }
        drop.AddRange(await DeleteTrunkAsync(connection, transaction, trunk.TrunkId, trunk.Subscriber?.Username, cancellationToken, codesToo: false));

        if (trunk.AccessCodeSha256 is { } code)
        {
            await using var upsert = new NpgsqlCommand("""
                INSERT INTO access_code (trunk_id, portal_id, code_sha256, digest_username, enabled, channel_limit)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (trunk_id) DO UPDATE SET portal_id = EXCLUDED.portal_id, code_sha256 = EXCLUDED.code_sha256,
                    digest_username = EXCLUDED.digest_username, enabled = EXCLUDED.enabled, channel_limit = EXCLUDED.channel_limit
                """, connection, transaction);
            upsert.Parameters.Add(new NpgsqlParameter { Value = trunk.TrunkId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = portalId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = code });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (object?)trunk.Subscriber?.Username ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (short)(trunk.Enabled ? 1 : 0) });
            upsert.Parameters.Add(new NpgsqlParameter { Value = trunk.ChannelLimit });
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
        else
        {
            await using var delete = new NpgsqlCommand("DELETE FROM access_code WHERE trunk_id = $1", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = trunk.TrunkId });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (trunk.Static is { } routing)
        {
            sets.Add(await StaticTrunkRows.UpsertAsync(
                connection, transaction, trunk, routing, sources.GetValueOrDefault(trunk.TrunkId) ?? [], portalId,
                home: Options.DataCenters.Contains(trunk.DataCenters[0]), cancellationToken));
        }
        return drop;
    }

    /// <summary>Deletes the trunk's subscriber rows except <paramref name="keepUsername"/>; returns the usernames deleted.</summary>
    private static async Task<List<string>> DeleteTrunkAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid trunkId, string? keepUsername, CancellationToken cancellationToken,
        bool codesToo = true, List<DestinationSet>? sets = null)
    {
        var removed = new List<string>();
        await using (var delete = new NpgsqlCommand(
            "DELETE FROM subscriber WHERE trunk_id = $1 AND ($2::varchar IS NULL OR username <> $2) RETURNING username", connection, transaction))
        {
            delete.Parameters.Add(new NpgsqlParameter { Value = trunkId });
            delete.Parameters.Add(new NpgsqlParameter { Value = (object?)keepUsername ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Varchar });
            await using var reader = await delete.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                removed.Add(reader.GetString(0));
            }
        }
        if (codesToo)
        {
            await using var codes = new NpgsqlCommand("DELETE FROM access_code WHERE trunk_id = $1", connection, transaction);
            codes.Parameters.Add(new NpgsqlParameter { Value = trunkId });
            await codes.ExecuteNonQueryAsync(cancellationToken);
        }
        if (sets is not null && await StaticTrunkRows.DeleteAsync(connection, transaction, trunkId, cancellationToken) is { } setId)
        {
            sets.Add(new DestinationSet(setId, []));
        }
        return removed;
    }

    private static string KindOf(TrunkType type) => type switch
    {
        TrunkType.Registered => "REGISTERED",
        TrunkType.Authenticated => "AUTHENTICATED",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Only registered and authenticated trunks have a subscriber."),
    };

    public ValueTask DisposeAsync()
    {
        _dispatcher.Dispose();
        return _database.DisposeAsync();
    }
}
