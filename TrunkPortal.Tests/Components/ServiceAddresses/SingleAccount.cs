using TrunkPortal.Accounts;

namespace TrunkPortal.Tests.Components.ServiceAddresses;

/// <summary>Stands in for the sign-in work: the portal acts for one fixed account (or none).</summary>
internal sealed class SingleAccount(Guid? accountId) : ICurrentAccount
{
    public Task<Guid?> GetAccountIdAsync() => Task.FromResult(accountId);
}
