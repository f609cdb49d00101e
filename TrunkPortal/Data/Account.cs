namespace TrunkPortal.Data;

/// <summary>A customer account: every trunk, service address, API key and audit entry belongs to exactly one.</summary>
public sealed class Account
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>B1: the METERED channel plan is activated on this account.</summary>
    public bool MeteredActive { get; set; }

    /// <summary>B1: the UNLIMITED channel plan is activated on this account.</summary>
    public bool UnlimitedActive { get; set; }

    /// <summary>L1-L5 values support set for this account; a null member keeps the catalog default.</summary>
    public AccountLimitOverrides LimitOverrides { get; set; } = new();

    /// <summary>Bumped as the first statement of every trunk write, which takes the account's write lock (L6).</summary>
    public long Revision { get; set; }
}
