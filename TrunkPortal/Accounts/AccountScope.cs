namespace TrunkPortal.Accounts;

internal sealed class AccountScope(ICurrentAccount currentAccount) : IAccountScope
{
    public async Task<Guid?> ResolveAsync(Guid? requested)
    {
        var user = await currentAccount.GetUserAsync();
        if (user.IsSupport)
        {
            return requested;
        }
        // R1: an admin's own account, whatever the URL asked for; another account looks like nothing at all.
        return user.IsAccountAdmin && (requested is null || requested == user.AccountId) ? user.AccountId : null;
    }

    public async Task<bool> IsSupportAsync() => (await currentAccount.GetUserAsync()).IsSupport;
}
