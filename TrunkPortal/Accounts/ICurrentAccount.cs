namespace TrunkPortal.Accounts;

/// <summary>The account the portal acts for in this circuit or request; null when nobody is signed in.</summary>
public interface ICurrentAccount
{
    Task<Guid?> GetAccountIdAsync();
}
