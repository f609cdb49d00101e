using TrunkPortal.Accounts;

namespace TrunkPortal.Tests.Components.ServiceAddresses;

/// <summary>An account admin of one fixed account (or a person with none).</summary>
internal sealed class SingleAccount(Guid? accountId) : IAccountScope
{
    public Task<Guid?> ResolveAsync(Guid? requested) =>
        Task.FromResult(requested is null || requested == accountId ? accountId : null);

    public Task<bool> IsSupportAsync() => Task.FromResult(false);
}
