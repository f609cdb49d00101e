using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace TrunkPortal.Edge;

internal static class EdgeConfiguration
{
    /// <summary>
    /// SipEdge:SettingsFile (e.g. appsettings.Edge.json, from the launch profile "edge" or the command line) adds that
    /// JSON file after the other appsettings files, so environment variables and the command line still override it.
    /// </summary>
    public static void AddSipEdgeSettingsFile(this ConfigurationManager configuration)
    {
        if (configuration["SipEdge:SettingsFile"] is not { Length: > 0 } file)
        {
            return;
        }
        var full = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
        if (!File.Exists(full))
        {
            throw new InvalidOperationException($"SipEdge:SettingsFile names {file}, which is not at {full}.");
        }
        var sources = configuration.Sources;
        var afterJson = sources.Select((s, i) => (s, i)).LastOrDefault(x => x.s is JsonConfigurationSource).i + 1;
        sources.Insert(afterJson, new JsonConfigurationSource
        {
            Path = Path.GetFileName(full),
            FileProvider = new PhysicalFileProvider(Path.GetDirectoryName(full)!),
            Optional = false,
            ReloadOnChange = false,
        });
    }

    /// <summary>
    /// A local edge setup (AdvertiseAsSbc): the catalog's SBC addresses of each data center an edge serves become the
    /// edge's own SIP address, so what the dialog and the DNS page show is where a softphone or sipp can register.
    /// </summary>
    public static void AdvertiseEdgeSbcAddresses(this ConfigurationManager configuration)
    {
        var edge = configuration.GetSection(SipEdgeOptions.SectionName);
        if (edge.GetValue<SipEdgeMode?>(nameof(SipEdgeOptions.Mode)) != SipEdgeMode.Kamailio)
        {
            return;
        }
        var dataCenters = configuration.GetSection("Catalog:DataCenters").GetChildren().ToList();
        var overrides = new Dictionary<string, string?>();
        foreach (var instance in edge.GetSection(nameof(SipEdgeOptions.Edges)).GetChildren())
        {
            if (!instance.GetValue<bool>(nameof(KamailioEdgeOptions.AdvertiseAsSbc)) || instance[nameof(KamailioEdgeOptions.SipAddress)] is not { Length: > 0 } address)
            {
                continue;
            }
            var served = instance.GetSection(nameof(KamailioEdgeOptions.DataCenters)).GetChildren().Select(c => c.Value).ToHashSet();
            foreach (var dataCenter in dataCenters.Where(d => served.Contains(d["Code"])))
            {
                foreach (var key in new[] { "StaticSbcIp", "RegisteredSbcIp", "SbcIp" })
                {
                    overrides[$"{dataCenter.Path}:{key}"] = address;
                }
            }
        }
        if (overrides.Count > 0)
        {
            configuration.AddInMemoryCollection(overrides);
        }
    }
}
