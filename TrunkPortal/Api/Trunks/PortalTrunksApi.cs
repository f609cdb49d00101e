using Microsoft.AspNetCore.Mvc;
using TrunkPortal.Api.Errors;
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
        group.MapGet("/{sipTrunkId}/health", GetHealthAsync).WithName("get-sip-trunk-health")
            .WithSummary("Get a static SIP trunk's destination health (SIP OPTIONS), its resolved sources and the last 24 hours of transitions; format=csv gives the transitions as CSV.")
            .Produces<TrunkHealthReport>().RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapPost("/{sipTrunkId}/test-routing", TestRoutingAsync).WithName("test-sip-trunk-routing")
            .WithSummary("Send SIP OPTIONS to every destination of a static SIP trunk now and explain which one a call would take.")
            .Produces<RoutingTestReport>().RequireRateLimiting(ApiRateLimits.PerSecond);
        return group;
    }

    private static async Task<IResult> GetHealthAsync(HttpContext context, [FromServices] TrunkHealth health, string sipTrunkId, string? format)
    {
        if (format is not (null or "json" or "csv"))
        {
            return ApiProblem.Invalid("format", $"The value \"{format}\" is not accepted for format: use json (the default) or csv.").ToResult();
        }
        var caller = ApiCaller.From(context);
        var report = TrunkIds.TryParse(sipTrunkId) is { } id ? await health.GetAsync(caller.AccountId, id, context.RequestAborted) : null;
        if (report is null)
        {
            return ApiProblem.NotFound("Static SIP trunk not found.").ToResult();
        }
        return format == "csv"
            ? Results.Text(TrunkHealth.ToCsv(report), "text/csv; charset=utf-8")
            : ApiResults.Json(report);
    }

    private static async Task<IResult> TestRoutingAsync(HttpContext context, [FromServices] TrunkHealth health, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        if (TrunkIds.TryParse(sipTrunkId) is not { } id)
        {
            return ApiProblem.NotFound("Static SIP trunk not found.").ToResult();
        }
        var result = await health.TestRoutingAsync(caller.AccountId, id, context.RequestAborted);
        return result.Succeeded ? ApiResults.Json(result.Value!) : ValidationPathMapper.ToProblem(result).ToResult();
    }

    private static async Task<IResult> GetDnsAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        var view = TrunkIds.TryParse(sipTrunkId) is { } id ? await trunks.GetAsync(caller.AccountId, id, context.RequestAborted) : null;
        return view is null ? TrunkIds.NotFound().ToResult() : ApiResults.Json(TrunkResponseMapper.ToDnsResponse(view));
    }
}
