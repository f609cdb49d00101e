using Microsoft.AspNetCore.Mvc;
using TrunkPortal.Api.Errors;
using TrunkPortal.Api.Json;
using TrunkPortal.Api.Keys;
using TrunkPortal.Api.RateLimiting;
using TrunkPortal.Api.Trunks;
using TrunkPortal.Domain.ServiceAddresses;
using TrunkPortal.ServiceAddresses;

namespace TrunkPortal.Api.ServiceAddresses;

/// <summary>The reference's service-address methods (#9-#15), each calling <see cref="ServiceAddressService"/>.</summary>
public static class ServiceAddressesApi
{
    public const string BasePath = TrunksApi.BasePath + "/service-addresses";

    public static RouteGroupBuilder MapServiceAddressesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("SIP trunk service addresses").RequireAuthorization(ApiKeyDefaults.Policy);

        group.MapGet("", ListAsync).WithName("get-sip-trunk-service-addresses").WithSummary("Get SIP trunk service addresses.")
            .Produces<SipTrunkServiceAddressPage>().RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapPost("", CreateAsync).WithName("create-sip-trunk-service-address").WithSummary("Create SIP trunk service address.")
            .Accepts<PublicSipTrunkServiceAddressRequest>("application/json")
            .Produces<PublicSipTrunkServiceAddress>(StatusCodes.Status201Created).RequireRateLimiting(ApiRateLimits.PerMinute);
        group.MapGet("/countries", Countries).WithName("get-countries")
            .WithSummary("Get countries with shortcodes you'd need for a SIP trunk address.")
            .Produces<IReadOnlyList<PublicCountry>>().RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapGet("/countries/regions", Regions).WithName("get-regions").WithSummary("Get regions of a country.")
            .Produces<IReadOnlyList<PublicRegion>>().RequireRateLimiting(ApiRateLimits.PerSecond);
        group.MapGet("/{sipTrunkServiceAddressId}", GetAsync).WithName("get-sip-trunk-service-address")
            .WithSummary("Get SIP trunk service address.").Produces<PublicSipTrunkServiceAddress>().RequireRateLimiting(ApiRateLimits.PerMinute);
        group.MapPut("/{sipTrunkServiceAddressId}", UpdateAsync).WithName("update-sip-trunk-service-address")
            .WithSummary("Update SIP trunk service address.").Accepts<PublicSipTrunkServiceAddressRequest>("application/json")
            .Produces<PublicSipTrunkServiceAddress>().RequireRateLimiting(ApiRateLimits.PerMinute);
        group.MapDelete("/{sipTrunkServiceAddressId}", DeleteAsync).WithName("delete-sip-trunk-service-address")
            .WithSummary("Delete SIP trunk service address.").Produces<PublicSipTrunkServiceAddress>().RequireRateLimiting(ApiRateLimits.PerMinute);
        return group;
    }

    private static async Task<IResult> ListAsync(HttpContext context, [FromServices] ServiceAddressService addresses, string? page, string? size)
    {
        var (paging, problem) = Paging.Parse(page, size);
        if (problem is not null)
        {
            return problem.ToResult();
        }
        var result = await addresses.ListAsync(ApiCaller.From(context).AccountId, paging!.Page, paging.Size, context.RequestAborted);
        return ApiResults.Json(ServiceAddressApiMapper.ToPage([.. result.Results.Select(ToResponse)], result.Page, result.Size, result.TotalResults));
    }

    private static async Task<IResult> GetAsync(HttpContext context, [FromServices] ServiceAddressService addresses, string sipTrunkServiceAddressId)
    {
        var address = Guid.TryParse(sipTrunkServiceAddressId, out var id)
            ? await addresses.GetAsync(ApiCaller.From(context).AccountId, id, context.RequestAborted)
            : null;
        return address is null ? ServiceAddressApiMapper.AddressNotFound().ToResult() : ApiResults.Json(ToResponse(address));
    }

    private static async Task<IResult> CreateAsync(HttpContext context, [FromServices] ServiceAddressService addresses)
    {
        var body = await JsonBodyReader.ReadAsync<PublicSipTrunkServiceAddressRequest>(context.Request, context.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem.ToResult();
        }
        var caller = ApiCaller.From(context);
        var result = await addresses.CreateAsync(caller.Actor, caller.AccountId, ToRequest(body.Value!), context.RequestAborted);
        return ToResult(result, StatusCodes.Status201Created);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, [FromServices] ServiceAddressService addresses, string sipTrunkServiceAddressId)
    {
        if (!Guid.TryParse(sipTrunkServiceAddressId, out var id))
        {
            return ServiceAddressApiMapper.AddressNotFound().ToResult();
        }
        var body = await JsonBodyReader.ReadAsync<PublicSipTrunkServiceAddressRequest>(context.Request, context.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem.ToResult();
        }
        var caller = ApiCaller.From(context);
        return ToResult(await addresses.UpdateAsync(caller.Actor, caller.AccountId, id, ToRequest(body.Value!), context.RequestAborted));
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, [FromServices] ServiceAddressService addresses, string sipTrunkServiceAddressId)
    {
        if (!Guid.TryParse(sipTrunkServiceAddressId, out var id))
        {
            return ServiceAddressApiMapper.AddressNotFound().ToResult();
        }
        var caller = ApiCaller.From(context);
        var result = await addresses.DeleteAsync(caller.Actor, caller.AccountId, id, context.RequestAborted);
        return result.IsNotFound || result.Succeeded
            ? ToResult(result)
            : ApiProblem.BadRequest(string.Join(" ", result.Validation.Errors.Select(e => e.ErrorMessage))).ToResult();
    }

    private static IResult Countries([FromServices] ICountryCatalog catalog) =>
        ApiResults.Json(catalog.Countries.Select(c => new PublicCountry(c.Name, c.Code)).ToList());

    private static IResult Regions([FromServices] ICountryCatalog catalog, string? countryCode)
    {
        if (ServiceAddressApiMapper.CheckCountryCode(countryCode) is { } problem)
        {
            return problem.ToResult();
        }
        if (catalog.FindCountry(countryCode!.Trim()) is not { } country)
        {
            return ApiProblem.Invalid("countryCode",
                $"countryCode '{countryCode}' is not an ISO 3166 alpha-3 country code; use three capital letters such as HRV or USA (see /calls/1/sip-trunks/service-addresses/countries).").ToResult();
        }
        return ApiResults.Json(catalog.RegionsOf(country.Code).Select(r => new PublicRegion(r.Name, r.Code, r.CountryCode)).ToList());
    }

    private static IResult ToResult(ServiceAddressResult result, int successStatus = StatusCodes.Status200OK)
    {
        if (result.IsNotFound)
        {
            return ServiceAddressApiMapper.AddressNotFound().ToResult();
        }
        if (!result.Succeeded)
        {
            var errors = result.Validation.Errors
                .GroupBy(e => ServiceAddressApiMapper.ToJsonPath(e.PropertyName))
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(e => e.ErrorMessage)]);
            return ApiProblem.BadRequest("Request is invalid.", errors).ToResult();
        }
        return ApiResults.Json(ToResponse(result.Address!), successStatus);
    }

    private static ServiceAddressRequest ToRequest(PublicSipTrunkServiceAddressRequest body) => new()
    {
        Name = body.Name,
        Street = body.Street,
        City = body.City,
        PostCode = body.PostCode,
        Suite = body.Suite,
        CountryCode = body.CountryCode,
        CountryRegionCode = body.CountryRegionCode,
    };

    private static PublicSipTrunkServiceAddress ToResponse(ServiceAddress a) => ServiceAddressApiMapper.ToResponse(
        a.Id.ToString(), a.Name, a.Street, a.City, a.PostCode, a.Suite,
        new PublicCountry(a.Country.Name, a.Country.Code),
        a.Region is { } r ? new PublicRegion(r.Name, r.Code, r.CountryCode) : null);
}
