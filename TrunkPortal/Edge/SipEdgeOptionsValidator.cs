using Microsoft.Extensions.Options;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Trunks;

namespace TrunkPortal.Edge;

/// <summary>Stops the start on a SipEdge section that cannot work, naming the key and what is accepted.</summary>
internal sealed class SipEdgeOptionsValidator(PortalCatalog catalog, IOptions<ProvisioningOptions> provisioning) : IValidateOptions<SipEdgeOptions>
{
    public ValidateOptionsResult Validate(string? name, SipEdgeOptions options)
    {
        if (options.Mode != SipEdgeMode.Kamailio)
        {
            return ValidateOptionsResult.Success;
        }
        var failures = new List<string>();
        if (options.Edges.Count == 0)
        {
            failures.Add("SipEdge:Edges: Kamailio mode needs at least one edge (see appsettings.Edge.json).");
        }
        if (options.ApplyTimeout <= TimeSpan.Zero || options.RegistrationPollInterval <= TimeSpan.Zero || options.CallTimeout <= TimeSpan.Zero
            || options.ReconcileInterval <= TimeSpan.Zero)
        {
            failures.Add("SipEdge:ApplyTimeout, RegistrationPollInterval, CallTimeout and ReconcileInterval must be positive durations, e.g. \"00:00:20\".");
        }
        var known = catalog.DataCenters.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var served = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Edges.Count; i++)
        {
            var edge = options.Edges[i];
            var key = $"SipEdge:Edges:{i}";
            if (string.IsNullOrWhiteSpace(edge.Name) || options.Edges.Count(e => e.Name == edge.Name) > 1)
            {
                failures.Add($"{key}:Name: each edge needs a name of its own (got \"{edge.Name}\").");
            }
            if (edge.DataCenters.Count == 0)
            {
                failures.Add($"{key}:DataCenters: name at least one data center code of the catalog.");
            }
            foreach (var code in edge.DataCenters)
            {
                if (!known.Contains(code))
                {
                    failures.Add($"{key}:DataCenters: \"{code}\" is not a data center of the catalog ({string.Join(", ", known)}).");
                }
                else if (!served.TryAdd(code, edge.Name))
                {
                    failures.Add($"{key}:DataCenters: {code} is already served by edge \"{served[code]}\"; a data center has one edge.");
                }
            }
            if (!Uri.TryCreate(edge.RpcUrl, UriKind.Absolute, out var rpc) || (rpc.Scheme != Uri.UriSchemeHttp && rpc.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add($"{key}:RpcUrl: \"{edge.RpcUrl}\" is not an http(s) URL such as http://127.0.0.10:5080/RPC.");
            }
            if (string.IsNullOrWhiteSpace(edge.Database))
            {
                failures.Add($"{key}:Database: the Npgsql connection string of the edge's database is required.");
            }
            if (!System.Net.IPAddress.TryParse(edge.SipAddress, out _))
            {
                failures.Add($"{key}:SipAddress: \"{edge.SipAddress}\" is not an IP address.");
            }
            if (edge.Realm != provisioning.Value.DigestRealm)
            {
                // The portal keeps only HA1 = md5(username:realm:password): it cannot be recomputed for another realm.
                failures.Add($"{key}:Realm: \"{edge.Realm}\" must equal Provisioning:DigestRealm (\"{provisioning.Value.DigestRealm}\"), the realm the trunks' HA1 are computed with.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
