using TrunkPortal.Trunks;

namespace TrunkPortal.Accounts;

internal sealed class ActorProvider(ICurrentAccount currentAccount, ClientConnection connection) : IActorProvider
{
    public async Task<Actor> GetAsync()
    {
        var user = await currentAccount.GetUserAsync();
        return new Actor(ActorKind.User, user.UserId ?? "anonymous", user.DisplayName, connection.IpAddress, user.IsSupport);
    }
}
