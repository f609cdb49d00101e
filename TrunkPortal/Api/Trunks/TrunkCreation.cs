using Microsoft.AspNetCore.Mvc;
using TrunkPortal.Api.Errors;
using TrunkPortal.Api.Idempotency;
using TrunkPortal.Api.Json;
using TrunkPortal.Api.Keys;
using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Api.Trunks.Responses;
using TrunkPortal.Trunks;

namespace TrunkPortal.Api.Trunks;

/// <summary>POST /calls/1/sip-trunks, with the optional Idempotency-Key header.</summary>
public static class TrunkCreation
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task<IResult> CreateAsync(HttpContext context, [FromServices] ITrunkService trunks, [FromServices] IdempotencyStore idempotency)
    {
        var caller = ApiCaller.From(context);
        var body = await JsonBodyReader.ReadAsync<SipTrunkRequestDto>(context.Request, context.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem.ToResult();
        }

        var key = context.Request.Headers[IdempotencyHeader].ToString();
        if (key.Length == 0)
        {
            var created = await CreateTrunkAsync(trunks, caller, body.Value!, context.RequestAborted);
            return ApiResults.Raw(context, created.Json, created.Status);
        }

        if (key.Length > IdempotencyStore.MaxKeyLength)
        {
            return ApiProblem.Invalid(IdempotencyHeader, $"{IdempotencyHeader} is too long: at most {IdempotencyStore.MaxKeyLength} characters (a UUID is a good key).").ToResult();
        }

        var outcome = await idempotency.BeginAsync(caller.AccountId, key, body.Hash, context.RequestAborted);
        switch (outcome.Kind)
        {
            case IdempotencyOutcomeKind.Replay:
                context.Response.Headers["Idempotent-Replayed"] = "true";
                return ApiResults.Raw(context, outcome.Body ?? "{}", outcome.StatusCode);
            case IdempotencyOutcomeKind.Mismatch:
                return ApiProblem.BadRequest(
                    $"{IdempotencyHeader} '{key}' was already used with a different request body in the last 24 hours. Send the same body to get the first answer again, or use a new key for a new request.").ToResult();
            case IdempotencyOutcomeKind.InProgress:
                return new ApiProblem(StatusCodes.Status409Conflict, "CONFLICT",
                    $"A request with {IdempotencyHeader} '{key}' is still being processed. Retry in a few seconds to get its answer.").ToResult();
        }

        try
        {
            var created = await CreateTrunkAsync(trunks, caller, body.Value!, context.RequestAborted);
            if (created.Status is >= 200 and < 300)
            {
                await idempotency.CompleteAsync(outcome.RecordId, created.Status, created.Json, created.RedactedJson, created.TrunkId, CancellationToken.None);
            }
            else
            {
                await idempotency.AbandonAsync(outcome.RecordId);
            }

            return ApiResults.Raw(context, created.Json, created.Status);
        }
        catch
        {
            await idempotency.AbandonAsync(outcome.RecordId);
            throw;
        }
    }

    /// <summary>The answer, the same answer without the secrets shown once (for late replays), and the new trunk's id.</summary>
    private sealed record Creation(int Status, string Json, string RedactedJson, Guid? TrunkId);

    private static async Task<Creation> CreateTrunkAsync(ITrunkService trunks, ApiCaller caller, SipTrunkRequestDto dto, CancellationToken cancellationToken)
    {
        var mapping = TrunkRequestMapper.Map(dto);
        if (mapping.Problem is not null)
        {
            var json = ApiResults.Serialize(mapping.Problem.ToEnvelope());
            return new Creation(mapping.Problem.Status, json, json, null);
        }

        var result = await trunks.CreateAsync(caller.Actor, caller.AccountId, mapping.Request!, cancellationToken);
        if (!result.Succeeded)
        {
            var problem = ValidationPathMapper.ToProblem(result);
            var json = ApiResults.Serialize(problem.ToEnvelope());
            return new Creation(problem.Status, json, json, null);
        }

        var created = result.Value!;
        return new Creation(
            StatusCodes.Status202Accepted,
            ApiResults.Serialize<CreateSipTrunkResponse>(TrunkResponseMapper.ToCreateResponse(created)),
            ApiResults.Serialize<CreateSipTrunkResponse>(TrunkResponseMapper.ToCreateResponse(created with { Secrets = null })),
            created.Trunk.Id);
    }
}
