using System.Security.Claims;
using TrunkPortal.Accounts;
using TrunkPortal.Identity;

namespace TrunkPortal.Tests.Accounts;

public sealed class CurrentUserTests
{
    private static readonly Guid _acmeId = Guid.Parse("0b9f3c2e-7a41-4d55-9e0c-1f2a3b4c5d6e");

    private static ClaimsPrincipal SignedIn(string role, Guid? accountId, string accountName = "")
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, "user-1"),
            new(ClaimTypes.Name, "admin@acme.test"),
            new(ClaimTypes.Role, role),
            new(PortalClaimTypes.DisplayName, "acme admin"),
        };
        if (accountId is { } id)
        {
            claims.Add(new Claim(PortalClaimTypes.AccountId, id.ToString()));
            claims.Add(new Claim(PortalClaimTypes.AccountName, accountName));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Identity.Application"));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void FromPrincipal_ShouldCarryTheAccount_WhenAccountAdmin()
    {
        var user = CurrentUser.FromPrincipal(SignedIn(PortalRoles.AccountAdmin, _acmeId, "acme"));

        Assert.True(user.IsAccountAdmin);
        Assert.False(user.IsSupport);
        Assert.Equal(_acmeId, user.RequireAccountId());
        Assert.Equal("acme", user.AccountName);
        Assert.Equal("acme admin", user.DisplayName);
        Assert.Equal("user-1", user.UserId);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public void RequireAccountId_ShouldThrow_WhenSupportHasNoAccount()
    {
        var user = CurrentUser.FromPrincipal(SignedIn(PortalRoles.Support, null));

        Assert.True(user.IsSupport);
        Assert.False(user.IsAccountAdmin);
        var error = Assert.Throws<InvalidOperationException>(() => user.RequireAccountId());
        Assert.Contains("choose an account", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void FromPrincipal_ShouldBeAnonymous_WhenNotSignedIn()
    {
        var user = CurrentUser.FromPrincipal(new ClaimsPrincipal(new ClaimsIdentity()));

        Assert.False(user.IsAuthenticated);
        Assert.Null(user.AccountId);
        Assert.Throws<InvalidOperationException>(() => user.RequireAccountId());
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void FromPrincipal_ShouldNotBeAccountAdmin_WhenRoleHasNoAccountClaim()
    {
        var user = CurrentUser.FromPrincipal(SignedIn(PortalRoles.AccountAdmin, null));

        Assert.False(user.IsAccountAdmin);
    }
}
