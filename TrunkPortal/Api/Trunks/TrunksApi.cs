using Microsoft.AspNetCore.Mvc;
using TrunkPortal.Api.Errors;
using TrunkPortal.Api.Keys;
using TrunkPortal.Api.OpenApi;
using TrunkPortal.Api.RateLimiting;
using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Api.Trunks.Responses;
using TrunkPortal.Trunks;

namespace TrunkPortal.Api.Trunks;

/// <summary>The reference's SIP trunk methods under /calls/1/sip-trunks, each calling <see cref="ITrunkService"/>.</summary>
public static class TrunksApi
{
    public const string BasePath = "/calls/1/sip-trunks";

    public static RouteGroupBuilder MapTrunksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("SIP trunks").RequireAuthorization(ApiKeyDefaults.Policy);

        group.MapGet("", ListAsync).WithName("get-sip-trunks").WithSummary("Get SIP trunks with pagination.")
            .Produces<SipTrunkPage>().RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapPost("", TrunkCreation.CreateAsync).WithName("create-sip-trunk").WithSummary("Create SIP trunk.")
            .WithDescription("Fields not sent in request body will take default values. This operation is asynchronous. The SIP trunk will be created in the background.")
            .Accepts<SipTrunkRequestDto>("application/json").Produces<CreateSipTrunkResponse>(StatusCodes.Status202Accepted)
            .AddOpenApiOperationTransformer(CreateTrunkExamples.ApplyAsync).RequireRateLimiting(ApiRateLimits.PerMinute);
        group.MapGet("/{sipTrunkId}", GetAsync).WithName("get-sip-trunk").WithSummary("Get SIP trunk.")
            .Produces<SipTrunkResponse>().RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapPut("/{sipTrunkId}", UpdateAsync).WithName("update-sip-trunk").WithSummary("Update SIP trunk.")
            .WithDescription("Fields not sent in request body will take default values and overwrite the existing ones. This operation is asynchronous.")
            .Accepts<SipTrunkRequestDto>("application/json").Produces<SipTrunkResponse>(StatusCodes.Status202Accepted)
            .RequireRateLimiting(ApiRateLimits.PerMinute);
        group.MapDelete("/{sipTrunkId}", DeleteAsync).WithName("delete-sip-trunk").WithSummary("Delete SIP trunk.")
            .Produces<SipTrunkResponse>(StatusCodes.Status202Accepted).RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapPost("/{sipTrunkId}/reset-password", ResetPasswordAsync).WithName("reset-sip-trunk-password")
            .WithSummary("Reset SIP trunk credentials.").Produces<SipTrunkResetPasswordResponse>().RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapGet("/{sipTrunkId}/status", GetStatusAsync).WithName("get-sip-trunk-status").WithSummary("Get SIP trunk status.")
            .Produces<ExtendedSipTrunkStatusResponse>().RequireRateLimiting(ApiRateLimits.PerMinute);
        group.MapPost("/{sipTrunkId}/status", SetStatusAsync).WithName("set-sip-trunk-status").WithSummary("Set a SIP trunk's status.")
            .Accepts<SipTrunkStatusRequest>("application/json").Produces<SipTrunkStatusResponse>().RequireRateLimiting(ApiRateLimits.PerMinute);
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, [FromServices] ITrunkService trunks, string? name, string? page, string? size)
    {
        var (paging, problem) = Paging.Parse(page, size);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var caller = ApiCaller.From(context);
        var result = await trunks.ListAsync(caller.AccountId, string.IsNullOrWhiteSpace(name) ? null : name, paging!.Page, paging.Size, context.RequestAborted);
        return ApiResults.Json(TrunkResponseMapper.ToPage(result));
    }

    private static async Task<IResult> GetAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        var view = TrunkIds.TryParse(sipTrunkId) is { } id ? await trunks.GetAsync(caller.AccountId, id, context.RequestAborted) : null;
        return view is null ? TrunkIds.NotFound().ToResult() : ApiResults.Json(TrunkResponseMapper.ToResponse(view));
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        if (TrunkIds.TryParse(sipTrunkId) is not { } id || await trunks.GetAsync(caller.AccountId, id, context.RequestAborted) is not { } stored)
        {
            return TrunkIds.NotFound().ToResult();
        }

        var body = await Json.JsonBodyReader.ReadAsync<SipTrunkRequestDto>(context.Request, context.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem.ToResult();
        }

        var mapping = TrunkRequestMapper.Map(body.Value!);
        if (mapping.Problem is not null)
        {
            return mapping.Problem.ToResult();
        }

        TrunkRequestMapper.KeepFixedSettings(mapping.Request!, stored.Settings);
        var result = await trunks.UpdateAsync(caller.Actor, caller.AccountId, id, mapping.Request!, context.RequestAborted);
        return result.Succeeded
            ? ApiResults.Json(TrunkResponseMapper.ToResponse(result.Value!), StatusCodes.Status202Accepted)
            : ValidationPathMapper.ToProblem(result).ToResult();
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        if (TrunkIds.TryParse(sipTrunkId) is not { } id)
        {
            return TrunkIds.NotFound().ToResult();
        }

        var result = await trunks.DeleteAsync(caller.Actor, caller.AccountId, id, context.RequestAborted);
        return result.Succeeded
            ? ApiResults.Json(TrunkResponseMapper.ToResponse(result.Value!), StatusCodes.Status202Accepted)
            : ValidationPathMapper.ToProblem(result).ToResult();
    }

    private static async Task<IResult> ResetPasswordAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        if (TrunkIds.TryParse(sipTrunkId) is not { } id)
        {
            return TrunkIds.NotFound().ToResult();
        }

        var result = await trunks.ResetCredentialsAsync(caller.Actor, caller.AccountId, id, context.RequestAborted);
        if (!result.Succeeded)
        {
            return ValidationPathMapper.ToProblem(result).ToResult();
        }

        if (TrunkResponseMapper.ToResetResponse(result.Value!) is not { } response)
        {
            return ApiProblem.BadRequest("Only REGISTERED and AUTHENTICATED SIP trunks have credentials to reset.").ToResult();
        }

        return ApiResults.Raw(context, ApiResults.Serialize<SipTrunkResetPasswordResponse>(response), StatusCodes.Status200OK);
    }

    private static async Task<IResult> GetStatusAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        if (TrunkIds.TryParse(sipTrunkId) is not { } id)
        {
            return TrunkIds.NotFound().ToResult();
        }

        var result = await trunks.GetStatusAsync(caller.AccountId, id, context.RequestAborted);
        return result.Succeeded
            ? ApiResults.Json(TrunkResponseMapper.ToStatusResponse(result.Value!))
            : ValidationPathMapper.ToProblem(result).ToResult();
    }

    private static async Task<IResult> SetStatusAsync(HttpContext context, [FromServices] ITrunkService trunks, string sipTrunkId)
    {
        var caller = ApiCaller.From(context);
        if (TrunkIds.TryParse(sipTrunkId) is not { } id)
        {
            return TrunkIds.NotFound().ToResult();
        }

        var body = await Json.JsonBodyReader.ReadAsync<SipTrunkStatusRequest>(context.Request, context.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem.ToResult();
        }

        if (body.Value!.AdminStatus is not { } target)
        {
            return ApiProblem.Invalid("adminStatus", "adminStatus is required: ENABLED or DISABLED.").ToResult();
        }

        var result = await trunks.SetAdminStatusAsync(caller.Actor, caller.AccountId, id, target, context.RequestAborted);
        return result.Succeeded
            ? ApiResults.Json(new SipTrunkStatusResponse(result.Value!.Admin))
            : ValidationPathMapper.ToProblem(result).ToResult();
    }
}
