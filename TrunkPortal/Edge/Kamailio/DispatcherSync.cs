using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrunkPortal.Edge.Kamailio;

/// <summary>
/// Brings one Kamailio's in-memory destination sets in line with what the portal wrote to its dispatcher table,
/// with <c>dispatcher.add</c> and <c>dispatcher.remove</c> for the destinations that differ. Unlike
/// <c>dispatcher.reload</c>, this keeps every other destination's probing state (a reload marks every destination
/// of the edge up again until its next OPTIONS), and it diffs against what Kamailio holds, not against the table,
/// so a retry after a failed call repairs what the first attempt left. One change at a time per edge: Kamailio
/// rebuilds its lists on each call and refuses a second rebuild within its <c>reload_delta</c> ("Ongoing reload").
/// </summary>
internal sealed class DispatcherSync(KamailioRpcClient rpc, string describe, TimeSpan retryFor) : IDisposable
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task SyncAsync(IReadOnlyCollection<DestinationSet> desired, CancellationToken cancellationToken)
    {
        if (desired.Count == 0)
        {
            return;
        }
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var held = Parse(await ListAsync(cancellationToken)).ToLookup(d => d.SetId);
            foreach (var set in desired)
            {
                var have = held[set.SetId].Select(d => d.Key).ToList();
                foreach (var gone in have.Where(h => !set.Destinations.Any(d => d.Key == h)))
                {
                    if (!await TryRemoveAsync(set.SetId, gone.Uri, cancellationToken))
                    {
                        // Kamailio resolves the address it is asked to remove, and cannot remove a domain it cannot
                        // resolve: rebuild every set from the table instead (the portal wrote it already). This costs
                        // the other destinations their probing state until their next OPTIONS, so it is the fallback.
                        await CallAsync("dispatcher.reload", [], cancellationToken);
                        return;
                    }
                }
                foreach (var added in set.Destinations.Where(d => !have.Contains(d.Key)))
                {
                    await CallAsync("dispatcher.add", [set.SetId, added.Uri, added.Flags, added.Priority, added.Attrs], cancellationToken);
                }
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Every destination Kamailio holds, with its state and round-trip estimate.</summary>
    public async Task<IReadOnlyList<HeldDestination>> HeldAsync(CancellationToken cancellationToken) => Parse(await ListAsync(cancellationToken));

    private async Task<JsonElement> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await rpc.CallAsync("dispatcher.list", [], cancellationToken);
        }
        catch (KamailioRpcException ex) when (ex.Text.Contains("No Destination Sets", StringComparison.Ordinal))
        {
            return default;
        }
    }

    private async Task<bool> TryRemoveAsync(int setId, string uri, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync("dispatcher.remove", [setId, uri], cancellationToken);
            return true;
        }
        catch (SipEdgeUnavailableException ex) when (ex.InnerException is KamailioRpcException { Text: "Removing dispatcher dst failed" })
        {
            return false;
        }
    }

    private async Task CallAsync(string method, JsonNode[] parameters, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)retryFor.TotalMilliseconds;
        while (true)
        {
            try
            {
                await rpc.CallAsync(method, parameters, cancellationToken);
                return;
            }
            catch (KamailioRpcException ex) when (ex.Text.Contains("Ongoing reload", StringComparison.Ordinal) && Environment.TickCount64 < deadline)
            {
                await Task.Delay(200, cancellationToken);
            }
            catch (KamailioRpcException ex)
            {
                throw new SipEdgeUnavailableException($"{describe} did not take the destination change ({method}): {ex.Text}", ex);
            }
        }
    }

    /// <summary>dispatcher.list: RECORDS[].SET{ID, TARGETS[].DEST{URI, FLAGS "AP"/"IP"/"AX", PRIORITY, ATTRS.BODY, LATENCY.EST}}.</summary>
    internal static IReadOnlyList<HeldDestination> Parse(JsonElement list)
    {
        var held = new List<HeldDestination>();
        if (list.ValueKind != JsonValueKind.Object || !list.TryGetProperty("RECORDS", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            return held;
        }
        foreach (var record in records.EnumerateArray())
        {
            if (!record.TryGetProperty("SET", out var set) || !set.TryGetProperty("ID", out var id)
                || !set.TryGetProperty("TARGETS", out var targets) || targets.ValueKind != JsonValueKind.Array)
            {
                continue;
            }
            foreach (var target in targets.EnumerateArray())
            {
                if (!target.TryGetProperty("DEST", out var dest))
                {
                    continue;
                }
                var flags = dest.TryGetProperty("FLAGS", out var f) ? f.GetString() ?? "" : "";
                var attrs = dest.TryGetProperty("ATTRS", out var a) && a.TryGetProperty("BODY", out var body) ? body.GetString() ?? "" : "";
                double? estimate = dest.TryGetProperty("LATENCY", out var latency) && latency.TryGetProperty("EST", out var est) && est.TryGetDouble(out var e) ? e : null;
                held.Add(new HeldDestination(
                    id.GetInt32(),
                    dest.GetProperty("URI").GetString() ?? "",
                    Active: flags.StartsWith('A'),
                    Probed: flags.Length > 1 && flags[1] == 'P',
                    dest.TryGetProperty("PRIORITY", out var p) && p.TryGetInt32(out var priority) ? priority : 0,
                    attrs,
                    estimate));
            }
        }
        return held;
    }

    public void Dispose() => _oneAtATime.Dispose();
}

/// <summary>One destination as Kamailio holds it: active (answering, or not probed) and whether OPTIONS probe it.</summary>
internal sealed record HeldDestination(int SetId, string Uri, bool Active, bool Probed, int Priority, string Attrs, double? RoundTripEstimateMs)
{
    /// <summary>What the portal compares with <see cref="DispatcherDestination.Key"/> (Kamailio's list shows no other flag).</summary>
    public (string Uri, bool Probed, int Priority, string Attrs) Key => (Uri, Probed, Priority, Attrs);

    /// <summary>Whether this edge serves the trunk's own data center ("home=1"): the view the portal shows.</summary>
    public bool Home => Attrs.Split(';').Any(p => p.Trim() == "home=1");

    /// <summary>The trunk and position the portal wrote into attrs ("duid=&lt;trunk&gt;/&lt;n&gt;"), when it is one of ours.</summary>
    public (Guid TrunkId, int Position)? Owner
    {
        get
        {
            var duid = Attrs.Split(';').Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("duid=", StringComparison.Ordinal))?[5..];
            var slash = duid?.IndexOf('/') ?? -1;
            return slash > 0 && Guid.TryParseExact(duid![..slash], "N", out var trunk) && int.TryParse(duid[(slash + 1)..], out var position)
                ? (trunk, position)
                : null;
        }
    }
}
