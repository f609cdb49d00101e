using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using TrunkPortal.Api.Keys;

namespace TrunkPortal.Api.OpenApi;

/// <summary>Declares <c>Authorization: App &lt;key&gt;</c> in the document so Scalar offers a place to paste the key.</summary>
internal sealed class ApiKeySecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "TrunkPortal API";
        document.Info.Description = "The Calls API SIP trunk methods, field for field, under /calls/1; portal extensions under /portal/1. "
            + "Authenticate with the header 'Authorization: App <API key>' (create keys on the API keys page).";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyDefaults.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = "App <API key>",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyDefaults.Scheme, document)] = [] });
        return Task.CompletedTask;
    }
}
