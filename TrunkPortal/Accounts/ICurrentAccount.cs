namespace TrunkPortal.Accounts;

/// <summary>
/// Who is signed in and for which account, so every page and service scopes its queries by account (R1).
/// Minimal API endpoints, which have no Blazor auth state, use <see cref="CurrentUser.FromPrincipal"/> instead.
/// </summary>
public interface ICurrentAccount
{
    /// <summary>The signed-in user; <see cref="CurrentUser.Anonymous"/> when nobody is.</summary>
    Task<CurrentUser> GetUserAsync();

    /// <summary>R1: the signed-in admin's account id; throws for anyone who has no account of their own.</summary>
    Task<Guid> GetRequiredAccountIdAsync();
}
