using System.Security.Cryptography;

namespace TrunkPortal.Trunks;

/// <summary>
/// This portal process among the instances on one database: <c>&lt;machine&gt;-&lt;pid&gt;-&lt;random&gt;</c>, at most
/// <see cref="MaxLength"/> characters, so it fits a provisioning claim (<c>Trunks.ClaimedBy</c>) and PostgreSQL's
/// application_name (63 bytes) with a prefix. One per service provider: two test apps in one process are two instances.
/// </summary>
public sealed class PortalInstance
{
    public const int MaxLength = 48;

    public PortalInstance()
        : this(NewId())
    {
    }

    public PortalInstance(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id.Length, MaxLength, nameof(id));
        Id = id;
    }

    public string Id { get; }

    public override string ToString() => Id;

    private static string NewId()
    {
        var machine = new string([.. Environment.MachineName.Where(char.IsAsciiLetterOrDigit)]);
        machine = machine.Length == 0 ? "host" : machine[..Math.Min(machine.Length, 28)];
        return $"{machine}-{Environment.ProcessId}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";
    }
}
