using TrunkPortal.Accounts;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Components.ServiceAddresses;

/// <summary>An account admin of one fixed account (or a person with none).</summary>
internal sealed class SingleAccount(Guid? accountId) : IAccountScope, IActorProvider
{
    public static Actor Actor { get; } = new(ActorKind.User, "test-user", "Test Admin", "127.0.0.1");

    public Task<Guid?> ResolveAsync(Guid? requested) =>
        Task.FromResult(requested is null || requested == accountId ? accountId : null);

    public Task<bool> IsSupportAsync() => Task.FromResult(false);

    public Task<Actor> GetAsync() => Task.FromResult(Actor);
}
