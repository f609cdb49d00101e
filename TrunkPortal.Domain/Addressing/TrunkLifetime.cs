namespace TrunkPortal.Domain.Addressing;

/// <summary>When one of the account's trunks existed: every trunk ever created, deleted ones included (rule N2).</summary>
/// <param name="CreatedAt">When the trunk was created.</param>
/// <param name="DeletedAt">When its deletion completed; null while it exists.</param>
public sealed record TrunkLifetime(DateTimeOffset CreatedAt, DateTimeOffset? DeletedAt = null);
