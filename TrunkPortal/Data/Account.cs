namespace TrunkPortal.Data;

/// <summary>A customer account: every trunk, service address, API key and audit entry belongs to exactly one.</summary>
public sealed class Account
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
