using Microsoft.AspNetCore.Identity;

namespace TrunkPortal.Data;

/// <summary>A person who signs in: an account admin (with <see cref="AccountId"/>) or support staff (without).</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>The account an admin belongs to; null for support staff, who act across accounts (R2).</summary>
    public Guid? AccountId { get; set; }

    public string DisplayName { get; set; } = "";
}
