using System.Globalization;
using TrunkPortal.Data;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>Copies settings between the stored trunk and the request/read shapes. No rule lives here.</summary>
internal static class TrunkEntityMapper
{
    /// <summary>The stored settings; fields the trunk's kind lacks (F1) are null.</summary>
    public static TrunkSettings ToSettings(this TrunkEntity t)
    {
        var settings = ReadSettings(t);
        FieldMatrix.ClearInapplicable(settings);
        return TrunkSettings.From(settings);
    }

    private static TrunkRequest ReadSettings(TrunkEntity t) => new()
    {
        Type = t.Type,
        Provider = t.Provider,
        Name = t.Name,
        Location = t.Location,
        InternationalCallsAllowed = t.InternationalCallsAllowed,
        ChannelLimit = t.ChannelLimit,
        BillingPackage = new BillingPackage
        {
            PackageType = t.PackageType,
            CountryCode = t.PackageCountryCode,
            AddressId = t.ServiceAddressId,
        },
        Tls = t.Tls,
        Codecs = [.. t.Codecs],
        Dtmf = t.Dtmf,
        Fax = t.Fax,
        NumberFormat = t.NumberFormat,
        Anonymization = t.Anonymization,
        SipOptionsEnabled = t.Type == TrunkType.Static ? t.SipOptionsEnabled : null,
        InviteAuthentication = t.Type == TrunkType.Registered ? t.InviteAuthentication : null,
        SourceHosts = t.Type == TrunkType.Static ? [.. t.SourceHosts] : null,
        DestinationHosts = t.Type == TrunkType.Static ? [.. t.DestinationHosts] : null,
        Strategy = t.Strategy,
        DigestAuthenticationEnabled = t.Type == TrunkType.Authenticated ? t.DigestAuthenticationEnabled : null,
        RemoteFqdn = t.RemoteFqdn,
        AccountSid = t.AccountSid,
        SipDomain = t.SipDomain,
        GenesysRegion = t.GenesysRegion,
        CiscoUuid = t.CiscoUuid,
        ProjectId = t.ProjectId,
    };

    /// <summary>Writes the editable and creation settings of <paramref name="s"/> (defaults already applied).</summary>
    public static void ApplySettings(this TrunkEntity t, TrunkRequest s)
    {
        t.Type = s.Type;
        t.Provider = s.Type == TrunkType.Provider ? s.Provider : null;
        t.Name = s.Name.Trim();
        t.Location = s.Location ?? t.Location;
        t.InternationalCallsAllowed = s.InternationalCallsAllowed ?? false;
        t.ChannelLimit = s.ChannelLimit ?? t.ChannelLimit;
        t.PackageType = s.BillingPackage.PackageType ?? t.PackageType;
        t.PackageCountryCode = s.BillingPackage.CountryCode;
        t.ServiceAddressId = s.BillingPackage.AddressId;
        t.Tls = FieldMatrix.IsTlsAlwaysOn(s.Kind) || (s.Tls ?? false);
        t.Codecs = s.Codecs is null ? [] : [.. s.Codecs];
        t.Dtmf = s.Dtmf;
        t.Fax = s.Fax;
        t.NumberFormat = s.NumberFormat;
        t.Anonymization = s.Anonymization;
        t.SipOptionsEnabled = s.SipOptionsEnabled ?? false;
        t.InviteAuthentication = s.InviteAuthentication ?? false;
        t.SourceHosts = s.SourceHosts is null ? [] : [.. s.SourceHosts];
        t.DestinationHosts = s.DestinationHosts is null ? [] : [.. s.DestinationHosts];
        t.Strategy = s.Strategy;
        t.DigestAuthenticationEnabled = s.DigestAuthenticationEnabled ?? false;
        t.RemoteFqdn = s.RemoteFqdn;
        t.AccountSid = s.AccountSid;
        t.SipDomain = s.SipDomain;
        t.GenesysRegion = s.GenesysRegion;
        t.CiscoUuid = s.CiscoUuid;
        t.ProjectId = s.ProjectId;
    }

    public static SbcView ToSbcView(this TrunkEntity t) => new()
    {
        Primary = t.SbcPrimary,
        Backup = t.SbcBackup,
        Subnets = t.SbcSubnets,
        Fqdn = t.SbcFqdn,
        SrvRecords = t.SrvRecords,
        ARecord = t.ARecord,
    };

    public static void ApplySbc(this TrunkEntity t, SbcAddressing sbc)
    {
        t.SbcPrimary = [.. sbc.Primary];
        t.SbcBackup = [.. sbc.Backup];
        t.SbcSubnets = [.. sbc.Subnets];
        t.SbcFqdn = sbc.Fqdn;
        t.SrvRecords = [.. sbc.SrvRecords.Select(r => string.Create(
            CultureInfo.InvariantCulture, $"{r.Name} SRV {r.Priority} {r.Weight} {r.Port} {r.Target}"))];
        t.ARecord = sbc.ARecord is { } a ? $"{a.Name} A {a.Address}" : null;
    }
}
