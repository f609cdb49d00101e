using Microsoft.AspNetCore.Mvc;
using TrunkPortal.Api.Keys;
using TrunkPortal.Api.RateLimiting;
using TrunkPortal.Api.Trunks.Responses;
using TrunkPortal.Trunks;

namespace TrunkPortal.Api.Trunks;

/// <summary>Extensions the reference lacks, kept apart under /portal/1 so /calls/1 stays field-for-field.</summary>
public static class PortalTrunksApi
{
    public static RouteGroupBuilder MapPortalTrunksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/portal/1/sip-trunks").WithTags("Portal extensions").RequireAuthorization(ApiKeyDefaults.Policy);
        group.MapGet("/{sipTrunkId}/dns", GetDnsAsync).WithName("get-sip-trunk-dns")
            .WithSummary("Get the SIP trunk's FQDN and its SRV and A records.")
            .Produces<SipTrunkDnsResponse>().RequireRateLimiting(ApiRateLimits.PerSecond);
        return group;
    }

    private static async Task<IResult> GetDnsAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        var view = TrunkIds.TryParse(sipTrunkId) is { } id ? await trunks.GetAsync(caller.AccountId, id, context.RequestAborted) : null;
        return view is null ? TrunkIds.NotFound().ToResult() : ApiResults.Json(TrunkResponseMapper.ToDnsResponse(view));
    }
}
