using TrunkPortal.Api.Json;
using TrunkPortal.Api.Trunks.Requests;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Api.Trunks;

/// <summary>
/// Maps the API's JSON onto the one flat <see cref="TrunkRequest"/> the domain validates. Only the discriminators
/// are checked here (without them there is no request to build); every other field is copied as given, even one
/// the trunk kind lacks, so that rule F1 refuses it with its own message.
/// </summary>
public static class TrunkRequestMapper
{
    public static TrunkRequestMapping Map(SipTrunkRequestDto dto)
    {
        if (dto.Type is not { } type)
        {
            return TrunkRequestMapping.Fail("type", $"type is required: one of {Accepted<TrunkType>()}.");
        }

        if (type == TrunkType.Provider && dto.Provider?.Type is null)
        {
            return TrunkRequestMapping.Fail("provider.type", $"A PROVIDER trunk needs provider.type: one of {Accepted<ProviderType>()}.");
        }

        var request = new TrunkRequest
        {
            Type = type,
            Provider = dto.Provider?.Type,
            Name = dto.Name ?? "",
            Location = dto.Location,
            InternationalCallsAllowed = dto.InternationalCallsAllowed,
            ChannelLimit = dto.ChannelLimit,
            BillingPackage = new BillingPackage
            {
                PackageType = dto.BillingPackage?.PackageType,
                CountryCode = dto.BillingPackage?.CountryCode,
                AddressId = dto.BillingPackage?.AddressId,
            },
            Tls = dto.Tls,
            Codecs = dto.Codecs is null ? null : [.. dto.Codecs],
            Dtmf = dto.Dtmf,
            Fax = dto.Fax,
            NumberFormat = dto.NumberFormat,
            Anonymization = dto.Anonymization,
            SipOptionsEnabled = dto.SipOptions?.Enabled,
            InviteAuthentication = dto.InviteAuthentication,
            SourceHosts = dto.SourceHosts is null ? null : [.. dto.SourceHosts],
            DestinationHosts = dto.DestinationHosts is null ? null : [.. dto.DestinationHosts],
            Strategy = dto.Strategy,
            HeaderValue = dto.Authentication?.Inbound?.HeaderValue,
            DigestAuthenticationEnabled = dto.Authentication?.Inbound?.DigestAuthenticationEnabled,
            RemoteFqdn = dto.Authentication?.Outbound?.Fqdn,
            AccountSid = dto.Provider?.AccountSid,
            SipDomain = dto.Provider?.SipDomain,
            GenesysRegion = dto.Provider?.Region,
            CiscoUuid = dto.Provider?.CiscoUuid,
            ProjectId = dto.Provider?.ProjectId,
        };
        return TrunkRequestMapping.Success(request);
    }

    /// <summary>
    /// PUT has no location, billing package, TLS or provider (F5: fixed at creation). Where the body leaves them
    /// out they are taken from the stored trunk, so that the domain sees a whole request; where the body does
    /// send them they are passed on, and the domain decides whether they differ.
    /// </summary>
    public static void KeepFixedSettings(TrunkRequest request, TrunkSettings stored)
    {
        var billingOmitted = TrunkFields.All.Where(f => f.JsonObject == "billingPackage").All(f => !f.IsGiven(request));
        if (request.Type == TrunkType.Provider && request.Type == stored.Type && request.Provider is null)
        {
            request.Provider = stored.Provider;
        }

        var sameProvider = request.Provider is not null && request.Provider == stored.Provider;
        foreach (var field in TrunkFields.Fixed)
        {
            var keep = field.JsonObject switch
            {
                "billingPackage" => billingOmitted,
                "provider" => sameProvider,
                _ => true,
            };
            if (keep)
            {
                field.KeepStoredWhenOmitted(request, stored);
            }
        }
    }

    private static string Accepted<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", JsonValueDescriber.EnumNames(typeof(TEnum)));
}
