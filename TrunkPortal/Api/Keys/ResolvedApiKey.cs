namespace TrunkPortal.Api.Keys;

/// <summary>What a request's key resolves to, kept in memory for a short while.</summary>
public sealed record ResolvedApiKey(Guid Id, Guid AccountId, string Name);
