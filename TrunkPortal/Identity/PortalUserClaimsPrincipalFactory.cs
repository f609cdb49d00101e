using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrunkPortal.Data;

namespace TrunkPortal.Identity;

/// <summary>Adds the account id, account name and display name to the cookie at sign-in (and on refresh).</summary>
internal sealed class PortalUserClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<AppDbContext> dbFactory)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        if (user.AccountId is { } accountId)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var name = await db.Accounts.Where(a => a.Id == accountId).Select(a => a.Name).SingleOrDefaultAsync();
            identity.AddClaim(new Claim(PortalClaimTypes.AccountId, accountId.ToString()));
            identity.AddClaim(new Claim(PortalClaimTypes.AccountName, name ?? ""));
        }
        return identity;
    }
}
