namespace TrunkPortal.Bench;

/// <summary>A generated account and its API key in plain text (bench only).</summary>
public sealed record BenchAccount(string Name, Guid Id, string ApiKey);
