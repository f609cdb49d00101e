using System.Security.Claims;
using TrunkPortal.Trunks;

namespace TrunkPortal.Api.Keys;

/// <summary>The account and the audit actor of an authenticated API request.</summary>
public sealed record ApiCaller(Guid AccountId, Guid KeyId, Actor Actor)
{
    public static ApiCaller From(HttpContext context)
    {
        var user = context.User;
        var accountId = Guid.Parse(user.FindFirstValue(ApiKeyDefaults.AccountIdClaim)
            ?? throw new InvalidOperationException("The API key scheme did not authenticate this request."));
        var keyId = user.FindFirstValue(ApiKeyDefaults.KeyIdClaim) ?? "";
        var name = user.FindFirstValue(ClaimTypes.Name) ?? "API key";
        var actor = new Actor(ActorKind.ApiKey, keyId, name, context.Connection.RemoteIpAddress?.ToString());
        return new ApiCaller(accountId, Guid.Parse(keyId), actor);
    }
}
