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
        // R1: an admin acts for their own account and never through a support URL (which names an account and
        // opens support's actions): such a URL, even with their own account id, looks like nothing at all.
        return user.IsAccountAdmin && requested is null ? user.AccountId : null;
    }

    public async Task<bool> IsSupportAsync() => (await currentAccount.GetUserAsync()).IsSupport;
}
