using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace TrunkPortal.Hosting;

/// <summary>
/// Behind nginx (deploy/nginx.conf) every connection comes from the proxy. The client's address and scheme are taken
/// from X-Forwarded-For and X-Forwarded-Proto, and only when the connection comes from a known proxy:
/// "ForwardedHeaders:KnownProxies" (addresses or networks such as 10.0.0.0/8), loopback when unset. Placed before
/// the rate limiters, so the sign-in throttle and the API's limits count each client, not the proxy.
/// </summary>
internal static class PortalForwardedHeaders
{
    public const string KnownProxiesKey = "ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddPortalForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? []).Select(Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Count == 0)
            {
                // The framework's defaults: 127.0.0.0/8 and ::1.
                return;
            }
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownIPNetworks.Add(proxy);
            }
        });
        return services;
    }

    private static IPNetwork Parse(string value)
    {
        if (IPNetwork.TryParse(value, out var network))
        {
            return network;
        }
        if (IPAddress.TryParse(value, out var address))
        {
            return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        }
        throw new InvalidOperationException($"{KnownProxiesKey} holds \"{value}\", which is neither an IP address nor a network (e.g. 10.0.0.0/8).");
    }
}
