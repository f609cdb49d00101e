using System.Text.Json;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// What <see cref="Data.TrunkEntity.PreviousSettingsJson"/> holds during an edit: the settings before it, which a
/// RESET restores (T3, E2) and whose source hosts stay claimed meanwhile (S6). Exactly the persisted settings, with
/// the member names the JSON of <see cref="TrunkRequest"/> used before this record existed (version 1: enums as
/// integers, read still). Version 2 writes enums by name, so no change to an enum's member order alters a restore.
/// </summary>
internal sealed record StoredPreviousSettings
{
    public const int CurrentVersion = 2;

    private static readonly JsonSerializerOptions _options = new() { Converters = { new EnumNameConverter() } };

    /// <summary>The JSON has no marker before version 2.</summary>
    public int Version { get; init; } = 1;

    public TrunkType Type { get; init; }

    public ProviderType? Provider { get; init; }

    public string Name { get; init; } = "";

    public string? Location { get; init; }

    public bool? InternationalCallsAllowed { get; init; }

    public int? ChannelLimit { get; init; }

    public StoredBillingPackage BillingPackage { get; init; } = new();

    public bool? Tls { get; init; }

    public List<Codec>? Codecs { get; init; }

    public Dtmf? Dtmf { get; init; }

    public Fax? Fax { get; init; }

    public NumberFormat? NumberFormat { get; init; }

    public Anonymization? Anonymization { get; init; }

    public bool? SipOptionsEnabled { get; init; }

    public bool? InviteAuthentication { get; init; }

    public List<string>? SourceHosts { get; init; }

    public List<string>? DestinationHosts { get; init; }

    public RoutingStrategy? Strategy { get; init; }

    public bool? DigestAuthenticationEnabled { get; init; }

    public string? RemoteFqdn { get; init; }

    public string? AccountSid { get; init; }

    public string? SipDomain { get; init; }

    public GenesysRegion? GenesysRegion { get; init; }

    public string? CiscoUuid { get; init; }

    public string? ProjectId { get; init; }

    public static string Write(TrunkSettings s) => JsonSerializer.Serialize(new StoredPreviousSettings
    {
        Version = CurrentVersion,
        Type = s.Type,
        Provider = s.Provider,
        Name = s.Name,
        Location = s.Location,
        InternationalCallsAllowed = s.InternationalCallsAllowed,
        ChannelLimit = s.ChannelLimit,
        BillingPackage = new StoredBillingPackage(s.BillingPackage.PackageType, s.BillingPackage.CountryCode, s.BillingPackage.AddressId),
        Tls = s.Tls,
        Codecs = s.Codecs?.ToList(),
        Dtmf = s.Dtmf,
        Fax = s.Fax,
        NumberFormat = s.NumberFormat,
        Anonymization = s.Anonymization,
        SipOptionsEnabled = s.SipOptionsEnabled,
        InviteAuthentication = s.InviteAuthentication,
        SourceHosts = s.SourceHosts?.ToList(),
        DestinationHosts = s.DestinationHosts?.ToList(),
        Strategy = s.Strategy,
        DigestAuthenticationEnabled = s.DigestAuthenticationEnabled,
        RemoteFqdn = s.RemoteFqdn,
        AccountSid = s.AccountSid,
        SipDomain = s.SipDomain,
        GenesysRegion = s.GenesysRegion,
        CiscoUuid = s.CiscoUuid,
        ProjectId = s.ProjectId,
    }, _options);

    /// <summary>Reads either version; members older JSON carried besides the settings (Kind, HeaderValue) are ignored.</summary>
    public static TrunkSettings Read(string json)
    {
        var s = JsonSerializer.Deserialize<StoredPreviousSettings>(json, _options)
            ?? throw new JsonException("The stored previous settings are null.");
        return new TrunkSettings
        {
            Type = s.Type,
            Provider = s.Provider,
            Name = s.Name,
            Location = s.Location,
            InternationalCallsAllowed = s.InternationalCallsAllowed,
            ChannelLimit = s.ChannelLimit,
            BillingPackage = new BillingPackageSettings
            {
                PackageType = s.BillingPackage.PackageType,
                CountryCode = s.BillingPackage.CountryCode,
                AddressId = s.BillingPackage.AddressId,
            },
            Tls = s.Tls,
            Codecs = s.Codecs,
            Dtmf = s.Dtmf,
            Fax = s.Fax,
            NumberFormat = s.NumberFormat,
            Anonymization = s.Anonymization,
            SipOptionsEnabled = s.SipOptionsEnabled,
            InviteAuthentication = s.InviteAuthentication,
            SourceHosts = s.SourceHosts,
            DestinationHosts = s.DestinationHosts,
            Strategy = s.Strategy,
            DigestAuthenticationEnabled = s.DigestAuthenticationEnabled,
            RemoteFqdn = s.RemoteFqdn,
            AccountSid = s.AccountSid,
            SipDomain = s.SipDomain,
            GenesysRegion = s.GenesysRegion,
            CiscoUuid = s.CiscoUuid,
            ProjectId = s.ProjectId,
        };
    }
}

/// <summary>The channel plan inside <see cref="StoredPreviousSettings"/>.</summary>
internal sealed record StoredBillingPackage(BillingPackageType? PackageType = null, string? CountryCode = null, string? AddressId = null);
