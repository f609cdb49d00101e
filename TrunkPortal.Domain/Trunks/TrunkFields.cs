namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// Every trunk setting, once (rules F1, F5, R3): the one table FieldMatrix, the F1 validator, the defaults, the F5
/// checks, the audit's secrets and the settings rows are derived from. Kept in the trunk page's order (which is also
/// F5's message order). Every <see cref="TrunkField"/> has exactly one entry; a missing one fails at type load.
/// </summary>
public static partial class TrunkFields
{
    private static readonly Func<TrunkKind, bool> _every = _ => true;
    private static readonly Func<TrunkKind, bool> _notProvider = k => k.Type != TrunkType.Provider;
    private static readonly Func<TrunkKind, bool> _static = k => k.Type == TrunkType.Static;
    private static readonly Func<TrunkKind, bool> _registered = k => k.Type == TrunkType.Registered;
    private static readonly Func<TrunkKind, bool> _authenticated = k => k.Type == TrunkType.Authenticated;

    private static Func<TrunkKind, bool> Only(ProviderType provider) => k => k == TrunkKind.Of(provider);

    public static IReadOnlyList<TrunkFieldInfo> All { get; } =
    [
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.Name, Member = nameof(TrunkRequest.Name), ApiName = "name", Label = "SIP trunk name",
            Step = FieldStep.MainSettings, AppliesTo = _every,
            Get = r => r.Name, Set = (r, v) => r.Name = v ?? "", Read = r => r.Name,
            Store = (s, v) => s with { Name = v ?? "" }, Given = r => r.Name.Length > 0,
            Show = (r, _) => r.Name,
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.Location, Member = nameof(TrunkRequest.Location), ApiName = "location", Label = "Datacenter location",
            Step = FieldStep.MainSettings, AppliesTo = _every, FixedAtCreation = true,
            Get = r => r.Location, Set = (r, v) => r.Location = v, Read = r => r.Location,
            Store = (s, v) => s with { Location = v },
            Show = (r, c) => c.Surface == SettingsSurface.Review
                ? c.DataCenterName(r.Location ?? c.DefaultLocation?.Invoke(r.Kind, r.GenesysRegion))
                : r.Location ?? "",
        },
        new TrunkFieldInfo<BillingPackageType?>
        {
            Member = "BillingPackage.PackageType", ApiName = "billingPackage.packageType", Label = "Channel plan",
            Step = FieldStep.Plan, AppliesTo = _every, FixedAtCreation = true,
            Get = r => r.BillingPackage.PackageType, Set = (r, v) => r.BillingPackage.PackageType = v, Read = r => r.BillingPackage.PackageType,
            Store = (s, v) => s with { BillingPackage = s.BillingPackage with { PackageType = v } },
            Show = (r, c) => r.BillingPackage.PackageType is { } p ? ApiNames.Of(p) : Review(c, "not chosen", ""),
        },
        new TrunkFieldInfo<string?>
        {
            Member = "BillingPackage.CountryCode", ApiName = "billingPackage.countryCode", Label = "Country",
            Step = FieldStep.Plan, AppliesTo = _every, FixedAtCreation = true,
            Get = r => r.BillingPackage.CountryCode, Set = (r, v) => r.BillingPackage.CountryCode = v, Read = r => r.BillingPackage.CountryCode,
            Store = (s, v) => s with { BillingPackage = s.BillingPackage with { CountryCode = v } },
        },
        new TrunkFieldInfo<int?>
        {
            Member = nameof(TrunkRequest.ChannelLimit), ApiName = "channelLimit", Label = "Number of channels", PageLabel = "Channels",
            Step = FieldStep.Plan, AppliesTo = _every,
            Get = r => r.ChannelLimit, Set = (r, v) => r.ChannelLimit = v, Read = r => r.ChannelLimit,
            Store = (s, v) => s with { ChannelLimit = v },
            Show = (r, _) => $"{r.ChannelLimit}",
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.ServiceAddress, Member = "BillingPackage.AddressId", ApiName = "billingPackage.addressId", Label = "Service address",
            Step = FieldStep.MainSettings, AppliesTo = _every, FixedAtCreation = true,
            Get = r => r.BillingPackage.AddressId, Set = (r, v) => r.BillingPackage.AddressId = v, Read = r => r.BillingPackage.AddressId,
            Store = (s, v) => s with { BillingPackage = s.BillingPackage with { AddressId = v } },
            Show = (r, c) => c.Surface == SettingsSurface.Review
                ? r.BillingPackage.AddressId is { } a ? c.ServiceAddressLabel(a) : "none"
                : r.BillingPackage.AddressId,
        },
        new TrunkFieldInfo<bool?>
        {
            Field = TrunkField.InternationalCalls, Member = nameof(TrunkRequest.InternationalCallsAllowed), ApiName = "internationalCallsAllowed",
            Label = "International calls", Step = FieldStep.MainSettings, AppliesTo = _every, Default = () => false,
            Get = r => r.InternationalCallsAllowed, Set = (r, v) => r.InternationalCallsAllowed = v, Read = r => r.InternationalCallsAllowed,
            Store = (s, v) => s with { InternationalCallsAllowed = v },
            Editor = new() { Kind = WizardEditorKind.Switch, After = TrunkField.Anonymization, Caption = on => $"{(on ? "Enabled" : "Blocked")}: a call is international when the A and B numbers are from different countries." },
            Show = (r, _) => r.InternationalCallsAllowed == true ? "Enabled" : "Blocked",
        },
        new TrunkFieldInfo<bool?>
        {
            // AUTHENTICATED trunks always use TLS, so it is not an input; FRESHWORKS has no TLS choice, but its request shape carries tls=false.
            Field = TrunkField.Tls, Member = nameof(TrunkRequest.Tls), ApiName = "tls", Label = "TLS encryption",
            Step = FieldStep.MainSettings, FixedAtCreation = true, Default = () => false,
            AppliesTo = k => k.Type is TrunkType.Static or TrunkType.Registered || (k.Type == TrunkType.Provider && k.Provider != ProviderType.Freshworks),
            CarriesImpliedValue = r => r.Kind.Type == TrunkType.Provider && r.Tls == false,
            Get = r => r.Tls, Set = (r, v) => r.Tls = v, Read = r => r.Tls,
            Store = (s, v) => s with { Tls = v },
            Editor = new()
            {
                Kind = WizardEditorKind.Switch, Caption = on => on ? "TLS/SRTP (port 5061)" : "UDP, TLS disabled (port 5060)",
                OffKindNote = k => FieldMatrix.IsTlsAlwaysOn(k) ? "TLS encryption: always on for authenticated trunks (TLS/SRTP)." : null,
            },
            Show = ShowTls,
        },
        new TrunkFieldInfo<List<Codec>?>
        {
            Field = TrunkField.Codecs, Member = nameof(TrunkRequest.Codecs), ApiName = "codecs", Label = "Codec",
            Step = FieldStep.MainSettings, AppliesTo = _notProvider, Default = () => [.. TrunkDefaults.DefaultCodecs],
            Get = r => r.Codecs, Set = (r, v) => r.Codecs = v, Read = r => r.Codecs?.ToList(),
            Store = (s, v) => s with { Codecs = v is null ? null : [.. v] },
            Show = (r, c) => r.Codecs is { } codecs && (c.Surface == SettingsSurface.Review || codecs.Count > 0)
                ? string.Join(" > ", codecs.Select(x => ApiNames.Of(x)))
                : null,
        },
        new TrunkFieldInfo<Dtmf?>
        {
            Field = TrunkField.Dtmf, Member = nameof(TrunkRequest.Dtmf), ApiName = "dtmf", Label = "DTMF",
            Step = FieldStep.MainSettings, AppliesTo = _notProvider, Default = () => TrunkDefaults.DefaultDtmf,
            Get = r => r.Dtmf, Set = (r, v) => r.Dtmf = v, Read = r => r.Dtmf,
            Store = (s, v) => s with { Dtmf = v },
            Editor = new() { Kind = WizardEditorKind.Choice, Choices = [(Dtmf.Rfc2833, "RFC2833"), (Dtmf.Inband, "INBAND")] },
            Show = (r, _) => r.Dtmf is { } v ? ApiNames.Of(v) : null,
        },
        new TrunkFieldInfo<Fax?>
        {
            Field = TrunkField.Fax, Member = nameof(TrunkRequest.Fax), ApiName = "fax", Label = "Fax",
            Step = FieldStep.MainSettings, AppliesTo = _notProvider, Default = () => TrunkDefaults.DefaultFax,
            Get = r => r.Fax, Set = (r, v) => r.Fax = v, Read = r => r.Fax,
            Store = (s, v) => s with { Fax = v },
            Editor = new() { Kind = WizardEditorKind.Choice, SharesItem = true, Choices = [(Fax.None, "NONE"), (Fax.Inband, "INBAND"), (Fax.T38, "T38")] },
            Show = (r, _) => r.Fax is { } v ? ApiNames.Of(v) : null,
        },
        new TrunkFieldInfo<NumberFormat?>
        {
            Field = TrunkField.NumberFormat, Member = nameof(TrunkRequest.NumberFormat), ApiName = "numberFormat", Label = "Number format",
            Step = FieldStep.MainSettings, AppliesTo = _notProvider, Default = () => TrunkDefaults.DefaultNumberFormat,
            Get = r => r.NumberFormat, Set = (r, v) => r.NumberFormat = v, Read = r => r.NumberFormat,
            Store = (s, v) => s with { NumberFormat = v },
            Editor = new()
            {
                Kind = WizardEditorKind.Choice, SharesItem = true,
                Choices =
                [
                    (NumberFormat.E164, "E164 (+14155550100)"),
                    (NumberFormat.International, "INTERNATIONAL (0014155550100)"),
                    (NumberFormat.UsNational, "US_NATIONAL (4155550100)"),
                ],
            },
            Show = (r, _) => r.NumberFormat is { } v ? ApiNames.Of(v) : null,
        },
        new TrunkFieldInfo<Anonymization?>
        {
            Field = TrunkField.Anonymization, Member = nameof(TrunkRequest.Anonymization), ApiName = "anonymization", Label = "Anonymization",
            Step = FieldStep.MainSettings, AppliesTo = _notProvider, Default = () => TrunkDefaults.DefaultAnonymization,
            Get = r => r.Anonymization, Set = (r, v) => r.Anonymization = v, Read = r => r.Anonymization,
            Store = (s, v) => s with { Anonymization = v },
            Editor = new()
            {
                Kind = WizardEditorKind.Choice, SharesItem = true,
                Choices =
                [
                    (Anonymization.None, "NONE"),
                    (Anonymization.RemotePartyId, "REMOTE_PARTY_ID"),
                    (Anonymization.AssertedIdentity, "ASSERTED_IDENTITY"),
                    (Anonymization.PreferredIdentity, "PREFERRED_IDENTITY"),
                ],
            },
            Show = (r, _) => r.Anonymization is { } v ? ApiNames.Of(v) : null,
        },
        new TrunkFieldInfo<bool?>
        {
            Field = TrunkField.SipOptions, Member = nameof(TrunkRequest.SipOptionsEnabled), ApiName = "sipOptions", JsonPath = "sipOptions.enabled",
            Label = "SIP Options", Step = FieldStep.MainSettings, AppliesTo = _static, Default = () => false,
            Get = r => r.SipOptionsEnabled, Set = (r, v) => r.SipOptionsEnabled = v, Read = r => r.SipOptionsEnabled,
            Store = (s, v) => s with { SipOptionsEnabled = v },
            Editor = new() { Kind = WizardEditorKind.Switch, Caption = _ => "The platform sends SIP OPTIONS to your equipment every 60 seconds; an out-of-service result counts for routing." },
            Show = (r, c) => r.SipOptionsEnabled is { } on ? on ? Review(c, "Enabled", "Enabled (every 60 seconds)") : "Disabled" : null,
        },
        new TrunkFieldInfo<bool?>
        {
            Field = TrunkField.InviteAuthentication, Member = nameof(TrunkRequest.InviteAuthentication), ApiName = "inviteAuthentication",
            Label = "Invite Challenge Authentication", Step = FieldStep.MainSettings, AppliesTo = _registered, Default = () => false,
            Get = r => r.InviteAuthentication, Set = (r, v) => r.InviteAuthentication = v, Read = r => r.InviteAuthentication,
            Store = (s, v) => s with { InviteAuthentication = v },
            Editor = new() { Kind = WizardEditorKind.Switch, Caption = _ => "When on, the platform challenges every call (session) for authentication." },
            Show = (r, _) => OnOff(r.InviteAuthentication),
        },
        new TrunkFieldInfo<bool?>
        {
            Field = TrunkField.DigestAuthentication, Member = nameof(TrunkRequest.DigestAuthenticationEnabled),
            ApiName = "authentication.inbound.digestAuthenticationEnabled", Label = "DIGEST Authentication",
            Step = FieldStep.MainSettings, AppliesTo = _authenticated, Default = () => false,
            Get = r => r.DigestAuthenticationEnabled, Set = (r, v) => r.DigestAuthenticationEnabled = v, Read = r => r.DigestAuthenticationEnabled,
            Store = (s, v) => s with { DigestAuthenticationEnabled = v },
            Editor = new() { Kind = WizardEditorKind.Switch, After = TrunkField.RemoteFqdn, Caption = _ => "Generates inbound DIGEST credentials the platform must send; needed to accept calls from it." },
            Show = (r, _) => OnOff(r.DigestAuthenticationEnabled),
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.RemoteFqdn, Member = nameof(TrunkRequest.RemoteFqdn), ApiName = "authentication.outbound.fqdn", Label = "FQDN",
            Step = FieldStep.MainSettings, AppliesTo = _authenticated,
            Get = r => r.RemoteFqdn, Set = (r, v) => r.RemoteFqdn = v, Read = r => r.RemoteFqdn,
            Store = (s, v) => s with { RemoteFqdn = v },
            Show = (r, _) => r.RemoteFqdn,
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.HeaderValue, Member = nameof(TrunkRequest.HeaderValue), ApiName = "authentication.inbound.headerValue",
            Label = "Header Value", Step = FieldStep.MainSettings, AppliesTo = _authenticated, Secret = true,
            Get = r => r.HeaderValue, Set = (r, v) => r.HeaderValue = v, Read = _ => null, Store = (s, _) => s,
            Editor = new() { Kind = WizardEditorKind.Text, SharesItem = true, Secret = true, Class = "mt-2", HelperText = "X-IB-AccessCode the platform must send; leave empty to have one generated." },
            Show = (r, c) => !_authenticated(r.Kind) ? null
                : Review(c, !c.HeaderValueGiven ? "generated for you" : "as you typed it (hidden)", "Set (shown only when created or reset)"),
        },
        new TrunkFieldInfo<List<string>?>
        {
            Field = TrunkField.SourceHosts, Member = nameof(TrunkRequest.SourceHosts), ApiName = "sourceHosts",
            Label = "Source IPs", PageLabel = "Source hosts", Step = FieldStep.IpConfiguration, AppliesTo = _static,
            Get = r => r.SourceHosts, Set = (r, v) => r.SourceHosts = v, Read = r => r.SourceHosts?.ToList(),
            Store = (s, v) => s with { SourceHosts = v is null ? null : [.. v] },
            Show = (r, c) => ShowHosts(r.SourceHosts, c),
        },
        new TrunkFieldInfo<List<string>?>
        {
            Field = TrunkField.DestinationHosts, Member = nameof(TrunkRequest.DestinationHosts), ApiName = "destinationHosts",
            Label = "Destination IPs/FQDNs", PageLabel = "Destination hosts", Step = FieldStep.IpConfiguration, AppliesTo = _static,
            Get = r => r.DestinationHosts, Set = (r, v) => r.DestinationHosts = v, Read = r => r.DestinationHosts?.ToList(),
            Store = (s, v) => s with { DestinationHosts = v is null ? null : [.. v] },
            Show = (r, c) => ShowHosts(r.DestinationHosts, c),
        },
        new TrunkFieldInfo<RoutingStrategy?>
        {
            Field = TrunkField.Strategy, Member = nameof(TrunkRequest.Strategy), ApiName = "strategy", Label = "Routing strategy",
            Step = FieldStep.IpConfiguration, AppliesTo = _static, Default = () => TrunkDefaults.DefaultStrategy,
            Get = r => r.Strategy, Set = (r, v) => r.Strategy = v, Read = r => r.Strategy,
            Store = (s, v) => s with { Strategy = v },
            Show = ShowStrategy,
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.AccountSid, Member = nameof(TrunkRequest.AccountSid), ApiName = "provider.accountSid", Label = "Twilio Account SID",
            Step = FieldStep.MainSettings, AppliesTo = Only(ProviderType.Freshworks), FixedAtCreation = true,
            Get = r => r.AccountSid, Set = (r, v) => r.AccountSid = v, Read = r => r.AccountSid,
            Store = (s, v) => s with { AccountSid = v },
            Editor = new() { Kind = WizardEditorKind.Text },
            Show = (r, _) => r.AccountSid,
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.SipDomain, Member = nameof(TrunkRequest.SipDomain), ApiName = "provider.sipDomain", Label = "Destination Host",
            Step = FieldStep.MainSettings, AppliesTo = Only(ProviderType.Freshworks), FixedAtCreation = true,
            Get = r => r.SipDomain, Set = (r, v) => r.SipDomain = v, Read = r => r.SipDomain,
            Store = (s, v) => s with { SipDomain = v },
            Editor = new() { Kind = WizardEditorKind.Text, HelperText = "Your Twilio SIP domain (FQDN), as received from Freshworks." },
            Show = (r, _) => r.SipDomain,
        },
        new TrunkFieldInfo<GenesysRegion?>
        {
            Field = TrunkField.GenesysRegion, Member = nameof(TrunkRequest.GenesysRegion), ApiName = "provider.region", Label = "Genesys region",
            Step = FieldStep.MainSettings, AppliesTo = Only(ProviderType.GenesysCloud), FixedAtCreation = true,
            Get = r => r.GenesysRegion, Set = (r, v) => r.GenesysRegion = v, Read = r => r.GenesysRegion,
            Store = (s, v) => s with { GenesysRegion = v },
            Show = (r, c) => r.GenesysRegion is { } g ? c.GenesysRegionName(g) : null,
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.CiscoUuid, Member = nameof(TrunkRequest.CiscoUuid), ApiName = "provider.ciscoUUID", Label = "Cisco organization ID",
            Step = FieldStep.MainSettings, AppliesTo = Only(ProviderType.CiscoWebex), FixedAtCreation = true,
            Get = r => r.CiscoUuid, Set = (r, v) => r.CiscoUuid = v, Read = r => r.CiscoUuid,
            Store = (s, v) => s with { CiscoUuid = v },
            Editor = new() { Kind = WizardEditorKind.Text },
            RequiredMessage = "Enter your Cisco organization ID (ciscoUUID), as shown in Cisco Control Hub.",
            Show = (r, _) => r.CiscoUuid,
        },
        new TrunkFieldInfo<string?>
        {
            Field = TrunkField.ProjectId, Member = nameof(TrunkRequest.ProjectId), ApiName = "provider.projectId", Label = "OpenAI Project ID",
            Step = FieldStep.MainSettings, AppliesTo = Only(ProviderType.OpenAiRealtime), FixedAtCreation = true,
            Get = r => r.ProjectId, Set = (r, v) => r.ProjectId = v, Read = r => r.ProjectId,
            Store = (s, v) => s with { ProjectId = v },
            Editor = new() { Kind = WizardEditorKind.Text, Placeholder = "proj_..." },
            RequiredMessage = "Enter your OpenAI Project ID (for example proj_123456), as shown in your OpenAI project settings.",
            Show = (r, _) => r.ProjectId,
        },
    ];

    private static readonly Dictionary<TrunkField, TrunkFieldInfo> _byField = IndexByField();

    /// <summary>The entry of an F1 field.</summary>
    /// <exception cref="InvalidOperationException">The field has no entry (a new <see cref="TrunkField"/> member without its row here).</exception>
    public static TrunkFieldInfo Of(TrunkField field) =>
        _byField.TryGetValue(field, out var info)
            ? info
            : throw new InvalidOperationException($"TrunkField.{field} has no entry in TrunkFields.All.");

    /// <summary>The entries fixed at creation (F5), in message order.</summary>
    public static IEnumerable<TrunkFieldInfo> Fixed => All.Where(f => f.FixedAtCreation);

    private static Dictionary<TrunkField, TrunkFieldInfo> IndexByField()
    {
        var byField = new Dictionary<TrunkField, TrunkFieldInfo>();
        foreach (var info in All.Where(i => i.Field is not null))
        {
            if (!byField.TryAdd(info.Field!.Value, info))
            {
                throw new InvalidOperationException($"TrunkField.{info.Field} has more than one entry in TrunkFields.All.");
            }
        }

        var missing = Enum.GetValues<TrunkField>().Where(f => !byField.ContainsKey(f)).ToList();
        return missing.Count == 0
            ? byField
            : throw new InvalidOperationException($"TrunkFields.All has no entry for {string.Join(", ", missing)}.");
    }
}
