namespace TrunkPortal.Accounts;

/// <summary>
/// Decides which account a page acts for (R1): an account admin always acts for their own account, whatever
/// a URL says; support staff act for the account they opened from the support console.
/// </summary>
public interface IAccountScope
{
    /// <summary>The account to act for, or null when the signed-in person may not act for <paramref name="requested"/>.</summary>
    Task<Guid?> ResolveAsync(Guid? requested);

    Task<bool> IsSupportAsync();
}
