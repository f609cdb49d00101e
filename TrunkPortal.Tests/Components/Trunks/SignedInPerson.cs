using TrunkPortal.Accounts;
using TrunkPortal.Identity;

namespace TrunkPortal.Tests.Components.Trunks;

/// <summary>The signed-in person as the real AccountScope and ActorProvider read it: an account admin or support staff.</summary>
internal sealed class SignedInPerson : ICurrentAccount
{
    public CurrentUser User { get; set; } = CurrentUser.Anonymous;

    public void AdminOf(Guid accountId, string accountName) =>
        User = new CurrentUser($"admin-{accountName}", $"{accountName} admin", PortalRoles.AccountAdmin, accountId, accountName);

    public void Support(string name = "Sam Support") => User = new CurrentUser("support-1", name, PortalRoles.Support, null, null);

    public Task<CurrentUser> GetUserAsync() => Task.FromResult(User);

    public Task<Guid> GetRequiredAccountIdAsync() => Task.FromResult(User.RequireAccountId());
}
