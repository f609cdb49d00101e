namespace TrunkPortal.Data;

/// <summary>
/// Rule S6: a source host held by one live static trunk in one data center. The key (location, host) is what makes
/// the rule hold under concurrent writers of any account; <see cref="Trunks.SourceHostClaimInterceptor"/> keeps the
/// rows equal to the trunks' settings, whoever writes them.
/// </summary>
public sealed class SourceHostClaim
{
    public string Location { get; set; } = "";

    /// <summary>The host as <see cref="Domain.Hosts.SourceOverlap.Key"/> gives it.</summary>
    public string Host { get; set; } = "";

    public Guid TrunkId { get; set; }

    public Guid AccountId { get; set; }
}
