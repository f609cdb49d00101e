namespace TrunkPortal.Domain.Hosts;

/// <summary>The normalised hosts of a list, in the order given (rule S3), and the refused entries.</summary>
public sealed record HostListResult(IReadOnlyList<SipHost> Hosts, IReadOnlyList<HostListError> Errors)
{
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>The canonical strings to store (rule S5).</summary>
    public IReadOnlyList<string> Normalised => Hosts.Select(h => h.ToString()).ToList();
}
