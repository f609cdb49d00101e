using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace TrunkPortal.Configuration;

internal static class SharedAppSettings
{
    /// <summary>
    /// The solution's root appsettings*.json are linked into the build output. The host looks for them in
    /// the content root (the project folder), so point those sources at the output folder instead, keeping
    /// their place in the chain: environment variables and command-line arguments still override them.
    /// </summary>
    public static void UseSharedAppSettings(this ConfigurationManager configuration)
    {
        var provider = new PhysicalFileProvider(AppContext.BaseDirectory);
        var sources = configuration.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource { Path: { } path } json
                && path.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase))
            {
                sources[i] = new JsonConfigurationSource
                {
                    Path = path,
                    Optional = json.Optional,
                    ReloadOnChange = false,
                    FileProvider = provider,
                };
            }
        }
    }
}
