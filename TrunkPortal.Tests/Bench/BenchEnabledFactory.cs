namespace TrunkPortal.Tests.Bench;

/// <summary>Loopback requests with <c>Bench:Enabled</c> set, in Development.</summary>
public sealed class BenchEnabledFactory : LoopbackApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Bench:Enabled"] = "true" };
}
