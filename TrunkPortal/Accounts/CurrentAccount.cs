using Microsoft.AspNetCore.Components.Authorization;

namespace TrunkPortal.Accounts;

internal sealed class CurrentAccount(AuthenticationStateProvider authenticationStateProvider) : ICurrentAccount
{
    public async Task<CurrentUser> GetUserAsync()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        return CurrentUser.FromPrincipal(state.User);
    }

    public async Task<Guid> GetRequiredAccountIdAsync() => (await GetUserAsync()).RequireAccountId();
}
