using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Tests.Domain.Trunks;

/// <summary>The shared rows give each surface exactly the rows its own code gave before (the copies below, from commit 010dfbf).</summary>
public class SettingsRowsTests
{
    private static string DataCenter(string? code) => $"DC {code}";
    private static string Address(string id) => $"Address {id}";
    private static string Region(GenesysRegion region) => $"Region {region}";
    private static string DefaultLocation(TrunkKind kind, GenesysRegion? region) => $"default-{kind}-{region}";

    public static TheoryData<string> Variants() => ["defaults", "bare", "twoDestinations", "emptyHosts", "given"];

    private static IEnumerable<TrunkRequest> Requests(string variant) => FieldMatrix.AllKinds.Select(kind =>
    {
        var r = TestRequests.For(kind);
        switch (variant)
        {
            case "defaults":
                TrunkDefaults.ApplyCreateDefaults(r);
                break;
            case "twoDestinations":
                TrunkDefaults.ApplyCreateDefaults(r);
                r.DestinationHosts = r.DestinationHosts is null ? null : ["192.0.2.1", "192.0.2.2"];
                r.Strategy = RoutingStrategy.RoundRobin;
                break;
            case "emptyHosts":
                TrunkDefaults.ApplyCreateDefaults(r);
                r.SourceHosts = r.SourceHosts is null ? null : [];
                r.DestinationHosts = r.DestinationHosts is null ? null : [];
                r.Codecs = r.Codecs is null ? null : [];
                break;
            case "given":
                TrunkDefaults.ApplyCreateDefaults(r);
                r.Location = null;
                r.BillingPackage = new BillingPackage { PackageType = BillingPackageType.Unlimited, CountryCode = "USA", AddressId = "a1" };
                r.HeaderValue = FieldMatrix.Applies(kind, TrunkField.HeaderValue) ? "typed" : null;
                r.SipOptionsEnabled = r.SipOptionsEnabled is null ? null : true;
                r.InviteAuthentication = r.InviteAuthentication is null ? null : true;
                r.DigestAuthenticationEnabled = r.DigestAuthenticationEnabled is null ? null : true;
                r.Tls = r.Tls is null ? null : true;
                break;
            default:
                r.BillingPackage = new BillingPackage();
                break;
        }

        return r;
    });

    [Theory]
    [MemberData(nameof(Variants))]
    public void For_ShouldGiveTheTrunkPageTodaysRows_ForEveryKind(string variant)
    {
        foreach (var r in Requests(variant))
        {
            var context = new SettingsRowContext(SettingsSurface.TrunkPage, Region) { KindName = "Kind name", Username = r.Type == TrunkType.Registered ? "user1" : null };

            var rows = SettingsRows.For(r, context).Select(row => (row.Label, row.Value)).ToList();

            Assert.Equal(PageRows(r, "Kind name", context.Username).ToList(), rows);
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void For_ShouldGiveTheReviewTodaysRows_ForEveryKind(string variant)
    {
        foreach (var r in Requests(variant))
        {
            var context = new SettingsRowContext(SettingsSurface.Review, Region)
            {
                DataCenterName = DataCenter, DefaultLocation = DefaultLocation, ServiceAddressLabel = Address,
            };
            var rows = SettingsRows.For(r, context);

            IEnumerable<(string, string)> Of(FieldStep step) => rows.Where(row => row.Step == step).Select(row => (row.Label, row.Value));
            Assert.Equal(ReviewPlanRows(r), Of(FieldStep.Plan).ToList());
            Assert.Equal(ReviewMainRows(r), Of(FieldStep.MainSettings).ToList());
            if (r.Type == TrunkType.Static)
            {
                Assert.Equal(ReviewIpRows(r), Of(FieldStep.IpConfiguration).ToList());
            }
        }
    }

    // TrunkSettingsCard.Rows at 010dfbf.
    private static IEnumerable<(string, string)> PageRows(TrunkRequest s, string kindName, string? user)
    {
        yield return ("SIP trunk name", s.Name);
        yield return ("Provider", kindName);
        yield return ("Datacenter location", s.Location ?? "");
        yield return ("Channel plan", $"{s.BillingPackage.PackageType}".ToUpperInvariant());
        yield return ("Channels", $"{s.ChannelLimit}");
        if (s.BillingPackage.AddressId is { } address) yield return ("Service address", address);
        yield return ("International calls", s.InternationalCallsAllowed == true ? "Enabled" : "Blocked");
        if (s.Type != TrunkType.Provider || s.Provider != ProviderType.Freshworks)
        {
            yield return ("TLS encryption", s.Type == TrunkType.Authenticated || s.Tls == true ? "Enabled (TLS/SRTP)" : "Disabled (UDP)");
        }
        if (s.Codecs is { Count: > 0 } codecs) yield return ("Codec", string.Join(" > ", codecs.Select(c => ApiNames.Of(c))));
        if (s.Dtmf is { } dtmf) yield return ("DTMF", ApiNames.Of(dtmf));
        if (s.Fax is { } fax) yield return ("Fax", ApiNames.Of(fax));
        if (s.NumberFormat is { } format) yield return ("Number format", ApiNames.Of(format));
        if (s.Anonymization is { } anonymization) yield return ("Anonymization", ApiNames.Of(anonymization));
        if (s.SipOptionsEnabled is { } options) yield return ("SIP Options", options ? "Enabled (every 60 seconds)" : "Disabled");
        if (s.InviteAuthentication is { } invite) yield return ("Invite Challenge Authentication", invite ? "Enabled" : "Disabled");
        if (user is { } username) yield return ("Username", username);
        if (s.DigestAuthenticationEnabled is { } digest) yield return ("DIGEST Authentication", digest ? "Enabled" : "Disabled");
        if (s.RemoteFqdn is { } fqdn) yield return ("FQDN", fqdn);
        if (s.Type == TrunkType.Authenticated) yield return ("Header Value", "Set (shown only when created or reset)");
        if (s.SourceHosts is { } sources) yield return ("Source hosts", sources.Count == 0 ? "None" : string.Join(", ", sources));
        if (s.DestinationHosts is { } destinations) yield return ("Destination hosts", destinations.Count == 0 ? "None" : string.Join(", ", destinations));
        if (s.DestinationHosts is { Count: > 1 } && s.Strategy is { } strategy) yield return ("Routing strategy", strategy == RoutingStrategy.RoundRobin ? "Round-robin" : "Failover");
        if (s.AccountSid is { } sid) yield return ("Twilio Account SID", sid);
        if (s.SipDomain is { } domain) yield return ("Destination Host", domain);
        if (s.GenesysRegion is { } region) yield return ("Genesys region", Region(region));
        if (s.CiscoUuid is { } cisco) yield return ("Cisco organization ID", cisco);
        if (s.ProjectId is { } project) yield return ("OpenAI Project ID", project);
    }

    // ReviewStep.PlanRows/MainRows/IpRows at 010dfbf.
    private static List<(string, string)> ReviewPlanRows(TrunkRequest r) =>
    [
        ("Channel plan", r.BillingPackage.PackageType is { } p ? ApiNames.Of(p) : "not chosen"),
        ("Number of channels", $"{r.ChannelLimit}"),
    ];

    private static List<(string, string)> ReviewMainRows(TrunkRequest r)
    {
        var rows = new List<(string, string)>
        {
            ("SIP trunk name", r.Name),
            ("Datacenter location", DataCenter(r.Location ?? DefaultLocation(r.Kind, r.GenesysRegion))),
            ("Service address", r.BillingPackage.AddressId is { } a ? Address(a) : "none"),
            ("International calls", r.InternationalCallsAllowed == true ? "Enabled" : "Blocked"),
        };
        if (r.Tls is { } tls) rows.Add(("TLS encryption", tls ? "Enabled" : "Disabled"));
        if (FieldMatrix.IsTlsAlwaysOn(r.Kind)) rows.Add(("TLS encryption", "Always on"));
        if (r.Codecs is { } codecs) rows.Add(("Codec", string.Join(" > ", codecs.Select(c => ApiNames.Of(c)))));
        if (r.Dtmf is { } dtmf) rows.Add(("DTMF", ApiNames.Of(dtmf)));
        if (r.Fax is { } fax) rows.Add(("Fax", ApiNames.Of(fax)));
        if (r.NumberFormat is { } format) rows.Add(("Number format", ApiNames.Of(format)));
        if (r.Anonymization is { } anonymization) rows.Add(("Anonymization", ApiNames.Of(anonymization)));
        if (r.SipOptionsEnabled is { } options) rows.Add(("SIP Options", options ? "Enabled" : "Disabled"));
        if (r.InviteAuthentication is { } invite) rows.Add(("Invite Challenge Authentication", invite ? "Enabled" : "Disabled"));
        if (r.RemoteFqdn is { } fqdn) rows.Add(("FQDN", fqdn));
        if (r.DigestAuthenticationEnabled is { } digest) rows.Add(("DIGEST Authentication", digest ? "Enabled" : "Disabled"));
        if (r.Type == TrunkType.Authenticated) rows.Add(("Header Value", string.IsNullOrEmpty(r.HeaderValue) ? "generated for you" : "as you typed it (hidden)"));
        if (r.AccountSid is { } sid) rows.Add(("Twilio Account SID", sid));
        if (r.SipDomain is { } domain) rows.Add(("Destination Host", domain));
        if (r.GenesysRegion is { } region) rows.Add(("Genesys region", Region(region)));
        if (r.CiscoUuid is { } cisco) rows.Add(("Cisco organization ID", cisco));
        if (r.ProjectId is { } project) rows.Add(("OpenAI Project ID", project));
        return rows;
    }

    private static List<(string, string)> ReviewIpRows(TrunkRequest r) =>
    [
        ("Source IPs", r.SourceHosts is { Count: > 0 } s ? string.Join(", ", s) : "none"),
        ("Destination IPs/FQDNs", r.DestinationHosts is { Count: > 0 } d ? string.Join(", ", d) : "none"),
        ("Routing strategy", RoutingStrategyRule.CanChoose(r.DestinationHosts?.Count ?? 0) ? (r.Strategy == RoutingStrategy.RoundRobin ? "Round-robin" : "Failover") : "one destination"),
    ];
}
