using Microsoft.Extensions.Options;
using TrunkPortal.Edge.Kamailio;

namespace TrunkPortal.Edge;

internal static class EdgeServiceCollectionExtensions
{
    /// <summary>
    /// The SIP edge seam: <see cref="SimulatedSipEdge"/> (the default) or <see cref="KamailioSipEdge"/> with its
    /// registration monitor, chosen by SipEdge:Mode; the edge sync interceptor, the write gate and reconciliation.
    /// </summary>
    public static IServiceCollection AddSipEdge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SipEdgeOptions>().Bind(configuration.GetSection(SipEdgeOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SipEdgeOptions>, SipEdgeOptionsValidator>();
        services.AddSingleton<EdgeWriteGate>();
        services.AddSingleton<EdgeReconciler>();
        services.AddSingleton<EdgeStatusBoard>();
        services.AddSingleton<PortalInstallationStore>();
        services.AddSingleton<EdgeSyncInterceptor>();
        services.ConfigureDbContext<Data.AppDbContext>((sp, options) => options.AddInterceptors(sp.GetRequiredService<EdgeSyncInterceptor>()));

        var mode = configuration.GetSection(SipEdgeOptions.SectionName).GetValue<SipEdgeMode?>(nameof(SipEdgeOptions.Mode)) ?? SipEdgeMode.Simulated;
        if (mode == SipEdgeMode.Kamailio)
        {
            services.AddHttpClient(nameof(KamailioSipEdge));
            services.AddSingleton<KamailioSipEdge>();
            services.AddSingleton<ISipEdge>(sp => sp.GetRequiredService<KamailioSipEdge>());
            services.AddSingleton<ISipEdgeProvisioning>(sp => sp.GetRequiredService<KamailioSipEdge>());
            services.AddHostedService<RegistrationMonitor>();
        }
        else
        {
            services.AddSingleton<SimulatedSipEdge>();
            services.AddSingleton<ISipEdge>(sp => sp.GetRequiredService<SimulatedSipEdge>());
            services.AddSingleton<ISipEdgeProvisioning>(sp => sp.GetRequiredService<SimulatedSipEdge>());
        }
        services.AddHostedService<SipEdgeAnnouncement>();
        return services;
    }
}

/// <summary>Says at start which SIP edge the portal provisions, so nobody mistakes the simulation for the real thing.</summary>
internal sealed partial class SipEdgeAnnouncement(ISipEdgeProvisioning edges, ISipEdge edge, ILogger<SipEdgeAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (edge.Mode == SipEdgeMode.Simulated)
        {
            LogSimulated();
        }
        else
        {
            LogKamailio(string.Join("; ", edges.Edges.Select(e => $"{e.Name}: {string.Join(", ", e.DataCenters)}")));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "SIP edge: simulated. Actions succeed after Provisioning:DelayMs and nothing can register. For a real Kamailio edge see README, \"Run with a real SIP edge\".")]
    private partial void LogSimulated();

    [LoggerMessage(Level = LogLevel.Information, Message = "SIP edge: Kamailio ({Edges})")]
    private partial void LogKamailio(string edges);
}
