using System.Security.Claims;
using TrunkPortal.Identity;

namespace TrunkPortal.Accounts;

/// <summary>The signed-in user as read from the sign-in cookie's claims.</summary>
public sealed record CurrentUser(
    string? UserId,
    string DisplayName,
    string? Role,
    Guid? AccountId,
    string? AccountName)
{
    public static CurrentUser Anonymous { get; } = new(null, "", null, null, null);

    public bool IsAuthenticated => UserId is not null;

    public bool IsSupport => Role == PortalRoles.Support;

    public bool IsAccountAdmin => Role == PortalRoles.AccountAdmin && AccountId is not null;

    /// <summary>R1: the account every query of this user is scoped to.</summary>
    public Guid RequireAccountId() => AccountId ?? throw new InvalidOperationException(
        "This action needs an account: sign in as the account's admin, or choose an account to act for as support.");

    public static CurrentUser FromPrincipal(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true)
        {
            return Anonymous;
        }
        // Support outranks admin if a person were ever given both: the wider role decides what they see.
        var role = PortalRoles.All.OrderByDescending(r => r == PortalRoles.Support).FirstOrDefault(principal.IsInRole);
        var accountId = Guid.TryParse(principal.FindFirstValue(PortalClaimTypes.AccountId), out var id) ? id : (Guid?)null;
        return new CurrentUser(
            principal.FindFirstValue(ClaimTypes.NameIdentifier),
            principal.FindFirstValue(PortalClaimTypes.DisplayName) is { Length: > 0 } display
                ? display
                : principal.Identity.Name ?? "",
            role,
            accountId,
            principal.FindFirstValue(PortalClaimTypes.AccountName));
    }
}
