namespace TrunkPortal.Hosting;

/// <summary>
/// This process among the portal's instances on one database: "Portal:InstanceId" when set, otherwise the machine,
/// the process id and a random suffix (two test apps in one process differ too). On PostgreSQL its connections say
/// <see cref="ApplicationName"/>, which the trunk trigger puts in each notification, so a listener tells its own
/// changes from another instance's. The installation id (PortalInstallationStore) is per database, shared by all.
/// </summary>
public sealed class PortalInstance
{
    public const string IdKey = "Portal:InstanceId";

    // PostgreSQL keeps 63 bytes of application_name: "trunkportal/", the id, and "/listen" for the listener.
    public const int MaxIdLength = 40;

    public PortalInstance(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > MaxIdLength || id.Any(c => c is < '!' or > '~'))
        {
            throw new InvalidOperationException($"{IdKey} is '{id}': use 1 to {MaxIdLength} printable ASCII characters without spaces.");
        }
        Id = id;
    }

    public string Id { get; }

    /// <summary>The application_name of this instance's database connections (PostgreSQL).</summary>
    public string ApplicationName => "trunkportal/" + Id;

    public static PortalInstance From(IConfiguration configuration)
    {
        var configured = configuration[IdKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new(configured.Trim());
        }
        var machine = new string([.. Environment.MachineName.Where(c => c is >= '!' and <= '~').Take(16)]);
        return new($"{(machine.Length == 0 ? "host" : machine)}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}");
    }
}
