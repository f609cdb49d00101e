namespace TrunkPortal.Api.Keys;

/// <summary>A key as listed: never the key itself.</summary>
public sealed record ApiKeySummary(Guid Id, string Name, string KeyPrefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
