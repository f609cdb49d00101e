using Microsoft.AspNetCore.Identity;
using TrunkPortal.Accounts;

namespace TrunkPortal.Trunks;

/// <summary>
/// The trunk page's "Download CSV" of the health timeline, for the signed-in user (the page's cookie): an account
/// admin gets their own trunks, support staff any account's through the support URL, as on the trunk pages.
/// </summary>
public static class TrunkHealthCsvEndpoints
{
    public static void MapTrunkHealthCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet("/trunks/{trunkId:guid}/health.csv", (HttpContext context, TrunkHealth health, Guid trunkId) =>
                CsvAsync(context, health, CurrentUser.FromPrincipal(context.User) is { IsAccountAdmin: true } admin ? admin.AccountId : null, trunkId))
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser())
            .ExcludeFromDescription();
        app.MapGet("/support/accounts/{accountId:guid}/trunks/{trunkId:guid}/health.csv", (HttpContext context, TrunkHealth health, Guid accountId, Guid trunkId) =>
                CsvAsync(context, health, CurrentUser.FromPrincipal(context.User).IsSupport ? accountId : null, trunkId))
            .RequireAuthorization(policy => policy.AddAuthenticationSchemes(IdentityConstants.ApplicationScheme).RequireAuthenticatedUser())
            .ExcludeFromDescription();
    }

    private static async Task<IResult> CsvAsync(HttpContext context, TrunkHealth health, Guid? accountId, Guid trunkId)
    {
        var report = accountId is { } account ? await health.GetAsync(account, trunkId, context.RequestAborted) : null;
        return report is null
            ? Results.NotFound()
            : Results.File(System.Text.Encoding.UTF8.GetBytes(TrunkHealth.ToCsv(report)), "text/csv; charset=utf-8", $"trunk-{trunkId:N}-health.csv");
    }
}
