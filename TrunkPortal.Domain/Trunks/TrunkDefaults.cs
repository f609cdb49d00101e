using TrunkPortal.Domain.Hosts;

namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// F5 and the reference API's defaults: fields not sent take default values, on create and on update (PUT is a
/// full replace). Only fields the kind has (F1) are filled, so a defaulted request still passes F1.
/// numberFormat has no API default; E164 is the product's choice (the format that needs no country context).
/// </summary>
public static class TrunkDefaults
{
    public const Dtmf DefaultDtmf = Dtmf.Rfc2833;
    public const Fax DefaultFax = Fax.None;
    public const Anonymization DefaultAnonymization = Anonymization.None;
    public const NumberFormat DefaultNumberFormat = NumberFormat.E164;
    public const RoutingStrategy DefaultStrategy = RoutingStrategy.Failover;

    /// <summary>
    /// Product decision: the API requires no codecs and names no default, yet F2 needs at least one; an omitted
    /// list gets G.711 in both laws, which every SIP device speaks. An explicitly empty list is still refused.
    /// </summary>
    public static IReadOnlyList<Codec> DefaultCodecs { get; } = [Codec.Pcmu, Codec.Pcma];

    /// <summary>Fills what a create request omitted; trims the name and normalises host lists that parse (S5).</summary>
    public static void ApplyCreateDefaults(TrunkRequest request)
    {
        request.Name = (request.Name ?? "").Trim();
        foreach (var field in TrunkFields.All)
        {
            field.ApplyDefault(request);
        }

        var kind = request.Kind;
        if (FieldMatrix.Applies(kind, TrunkField.SourceHosts))
        {
            request.SourceHosts = Normalise(request.SourceHosts, HostParser.ParseSourceHost);
        }

        if (FieldMatrix.Applies(kind, TrunkField.DestinationHosts))
        {
            request.DestinationHosts = Normalise(request.DestinationHosts, HostParser.ParseDestinationHost);
        }

        if (FieldMatrix.Applies(kind, TrunkField.RemoteFqdn))
        {
            request.RemoteFqdn = HostParser.ParseFqdnWithOptionalPort(request.RemoteFqdn) is { IsSuccess: true } fqdn
                ? fqdn.Host.ToString()
                : request.RemoteFqdn;
        }
    }

    /// <summary>
    /// F5: an update keeps what is fixed at creation (type, provider and its settings, location, billing package,
    /// TLS) and the channel limit when omitted (it has no default); every other omitted field takes its default.
    /// Call <see cref="ImmutableFields.Check"/> first so that a change of a fixed field is refused, not overwritten.
    /// </summary>
    public static void ApplyUpdateDefaults(TrunkRequest update, TrunkSettings existing)
    {
        update.Type = existing.Type;
        update.Provider = existing.Provider;
        update.BillingPackage = new BillingPackage();
        foreach (var field in TrunkFields.Fixed)
        {
            field.CopyStored(update, existing);
        }

        update.ChannelLimit ??= existing.ChannelLimit;
        ApplyCreateDefaults(update);
    }

    private static List<string> Normalise(List<string>? hosts, Func<string?, HostParseResult> parse)
    {
        if (hosts is null)
        {
            return [];
        }

        // A list with an entry that does not parse is kept as typed, so the validator can quote it back.
        var parsed = hosts.Select(h => parse(h)).ToList();
        return parsed.All(p => p.IsSuccess) ? parsed.Select(p => p.Host!.ToString()).ToList() : hosts;
    }
}
