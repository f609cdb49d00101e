namespace TrunkPortal.Api.Keys;

/// <summary>An API key of an account, stored as its SHA-256 only (R3); the key itself is shown once, at creation.</summary>
public sealed class ApiKeyEntity
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The first 8 characters, so that people can tell their keys apart.</summary>
    public string KeyPrefix { get; set; } = "";

    public string KeyHash { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
