using TrunkPortal.Data;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>
/// The settings columns of <see cref="TrunkEntity"/>, one binding per column: how it is read into the settings and
/// written from a request whose defaults are applied. No rule lives here; F1's "the kind lacks it" is applied after
/// reading (<see cref="FieldMatrix.ClearInapplicable"/>), so a column is read whatever the kind.
/// </summary>
internal static class TrunkColumns
{
    private sealed record Column(Action<TrunkEntity, TrunkRequest> Read, Action<TrunkEntity, TrunkRequest> Write);

    private static readonly Column[] _all =
    [
        new((t, r) => r.Type = t.Type, (t, s) => t.Type = s.Type),
        new((t, r) => r.Provider = t.Provider, (t, s) => t.Provider = s.Type == TrunkType.Provider ? s.Provider : null),
        new((t, r) => r.Name = t.Name, (t, s) => t.Name = s.Name.Trim()),
        new((t, r) => r.Location = t.Location, (t, s) => t.Location = s.Location ?? t.Location),
        new((t, r) => r.InternationalCallsAllowed = t.InternationalCallsAllowed, (t, s) => t.InternationalCallsAllowed = s.InternationalCallsAllowed ?? false),
        new((t, r) => r.ChannelLimit = t.ChannelLimit, (t, s) => t.ChannelLimit = s.ChannelLimit ?? t.ChannelLimit),
        new((t, r) => r.BillingPackage.PackageType = t.PackageType, (t, s) => t.PackageType = s.BillingPackage.PackageType ?? t.PackageType),
        new((t, r) => r.BillingPackage.CountryCode = t.PackageCountryCode, (t, s) => t.PackageCountryCode = s.BillingPackage.CountryCode),
        new((t, r) => r.BillingPackage.AddressId = t.ServiceAddressId, (t, s) => t.ServiceAddressId = s.BillingPackage.AddressId),
        new((t, r) => r.Tls = t.Tls, (t, s) => t.Tls = FieldMatrix.IsTlsAlwaysOn(s.Kind) || (s.Tls ?? false)),
        new((t, r) => r.Codecs = [.. t.Codecs], (t, s) => t.Codecs = s.Codecs is null ? [] : [.. s.Codecs]),
        new((t, r) => r.Dtmf = t.Dtmf, (t, s) => t.Dtmf = s.Dtmf),
        new((t, r) => r.Fax = t.Fax, (t, s) => t.Fax = s.Fax),
        new((t, r) => r.NumberFormat = t.NumberFormat, (t, s) => t.NumberFormat = s.NumberFormat),
        new((t, r) => r.Anonymization = t.Anonymization, (t, s) => t.Anonymization = s.Anonymization),
        new((t, r) => r.SipOptionsEnabled = t.SipOptionsEnabled, (t, s) => t.SipOptionsEnabled = s.SipOptionsEnabled ?? false),
        new((t, r) => r.InviteAuthentication = t.InviteAuthentication, (t, s) => t.InviteAuthentication = s.InviteAuthentication ?? false),
        new((t, r) => r.SourceHosts = [.. t.SourceHosts], (t, s) => t.SourceHosts = s.SourceHosts is null ? [] : [.. s.SourceHosts]),
        new((t, r) => r.DestinationHosts = [.. t.DestinationHosts], (t, s) => t.DestinationHosts = s.DestinationHosts is null ? [] : [.. s.DestinationHosts]),
        new((t, r) => r.Strategy = t.Strategy, (t, s) => t.Strategy = s.Strategy),
        new((t, r) => r.DigestAuthenticationEnabled = t.DigestAuthenticationEnabled, (t, s) => t.DigestAuthenticationEnabled = s.DigestAuthenticationEnabled ?? false),
        new((t, r) => r.RemoteFqdn = t.RemoteFqdn, (t, s) => t.RemoteFqdn = s.RemoteFqdn),
        new((t, r) => r.AccountSid = t.AccountSid, (t, s) => t.AccountSid = s.AccountSid),
        new((t, r) => r.SipDomain = t.SipDomain, (t, s) => t.SipDomain = s.SipDomain),
        new((t, r) => r.GenesysRegion = t.GenesysRegion, (t, s) => t.GenesysRegion = s.GenesysRegion),
        new((t, r) => r.CiscoUuid = t.CiscoUuid, (t, s) => t.CiscoUuid = s.CiscoUuid),
        new((t, r) => r.ProjectId = t.ProjectId, (t, s) => t.ProjectId = s.ProjectId),
    ];

    /// <summary>The stored settings, with the fields the trunk's kind lacks (F1) null.</summary>
    public static TrunkSettings Read(TrunkEntity t)
    {
        var settings = new TrunkRequest();
        foreach (var column in _all)
        {
            column.Read(t, settings);
        }
        FieldMatrix.ClearInapplicable(settings);
        return TrunkSettings.From(settings);
    }

    /// <summary>Writes every settings column from <paramref name="s"/> (defaults already applied).</summary>
    public static void Write(TrunkEntity t, TrunkRequest s)
    {
        foreach (var column in _all)
        {
            column.Write(t, s);
        }
    }
}
