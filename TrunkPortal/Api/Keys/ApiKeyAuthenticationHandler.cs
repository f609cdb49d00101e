using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TrunkPortal.Api.Errors;

namespace TrunkPortal.Api.Keys;

/// <summary>
/// <c>Authorization: App &lt;key&gt;</c>. Challenges and forbids answer in the reference's envelope; the
/// claims carry the account, the key id and the key name (the audit actor).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyResolver resolver)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string MissingText =
        "Unauthorized: send the header 'Authorization: App <API key>'. Create a key on the portal's API keys page.";

    private const string InvalidText = "Unauthorized: the API key is not valid or has been revoked. Create a new key on the portal's API keys page.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            return AuthenticateResult.NoResult();
        }

        var scheme = ApiKeyDefaults.Scheme;
        var isApp = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) && (header.Length == scheme.Length || header[scheme.Length] == ' ');
        if (!isApp)
        {
            return AuthenticateResult.Fail(MissingText);
        }

        var key = header[scheme.Length..].Trim();
        var resolved = key.Length == 0 ? null : await resolver.ResolveAsync(key, Context.RequestAborted);
        if (resolved is null)
        {
            return AuthenticateResult.Fail(InvalidText);
        }

        Claim[] claims =
        [
            new(ApiKeyDefaults.AccountIdClaim, resolved.AccountId.ToString()),
            new(ApiKeyDefaults.KeyIdClaim, resolved.Id.ToString()),
            new(ClaimTypes.Name, resolved.Name),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = ApiKeyDefaults.Scheme;
        await ApiProblem.Unauthorized(result.Failure?.Message ?? MissingText).WriteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => ApiProblem.Forbidden().WriteAsync(Context);
}
