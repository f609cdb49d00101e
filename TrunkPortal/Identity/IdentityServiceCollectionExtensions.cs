using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using TrunkPortal.Accounts;
using TrunkPortal.Data;

namespace TrunkPortal.Identity;

internal static class IdentityServiceCollectionExtensions
{
    /// <summary>
    /// ASP.NET Core Identity over the portal's EF Core context, cookie sign-in at /Account/Login, the two role
    /// policies, and <see cref="ICurrentAccount"/>. Needs the <see cref="AppDbContext"/> registration.
    /// </summary>
    public static IServiceCollection AddPortalIdentity(this IServiceCollection services)
    {
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<ICurrentAccount, CurrentAccount>();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(PortalRoles.AccountAdmin, policy => policy.RequireRole(PortalRoles.AccountAdmin))
            .AddPolicy(PortalRoles.Support, policy => policy.RequireRole(PortalRoles.Support));

        services.AddIdentityCore<PortalUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddClaimsPrincipalFactory<PortalUserClaimsPrincipalFactory>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        return services;
    }

    private static void ConfigureIdentity(IdentityOptions options)
    {
        // No email sender exists here: accounts come from the seed or from support, so none can be confirmed.
        options.SignIn.RequireConfirmedAccount = false;
        options.User.RequireUniqueEmail = true;

        // Identity's default rules (digit, lower, upper, symbol) with a longer minimum than its 6.
        options.Password.RequiredLength = 12;

        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
    }
}
