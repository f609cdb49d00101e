using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TrunkPortal.Data;

namespace TrunkPortal.Identity;

/// <summary>The one Identity endpoint that is not a page: sign-out, a POST so a link or image cannot trigger it.</summary>
internal static class IdentityEndpoints
{
    public static IEndpointConventionBuilder MapPortalIdentityEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account").ExcludeFromDescription();

        accountGroup.MapPost("/Logout", async (
            [FromServices] SignInManager<PortalUser> signInManager,
            [FromForm] string? returnUrl) =>
        {
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~" + LocalUrl.Of(returnUrl));
        });

        return accountGroup;
    }
}
