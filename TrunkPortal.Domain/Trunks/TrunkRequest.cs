namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// Everything a person or a script can ask for when creating or editing a trunk. One flat, mutable shape:
/// the wizard binds its steps to it and the API maps its polymorphic JSON onto it, so both are checked by
/// the same validators. A null member means "not given": rule F1 refuses a field the trunk kind does not
/// have, and <c>TrunkDefaults</c> fills what was omitted (rule F5's full replace).
/// </summary>
public sealed class TrunkRequest
{
    public TrunkType Type { get; set; } = TrunkType.Static;

    /// <summary>Only for <see cref="TrunkType.Provider"/>.</summary>
    public ProviderType? Provider { get; set; }

    public TrunkKind Kind => new(Type, Type == TrunkType.Provider ? Provider : null);

    public string Name { get; set; } = "";

    /// <summary>Data-center code from the catalog (FRANKFURT, NEW_YORK, ...); null lets rule F6 pick the default.</summary>
    public string? Location { get; set; }

    public bool? InternationalCallsAllowed { get; set; }

    public int? ChannelLimit { get; set; }

    public BillingPackage BillingPackage { get; set; } = new();

    public bool? Tls { get; set; }

    /// <summary>In priority order (rule F2).</summary>
    public List<Codec>? Codecs { get; set; }

    public Dtmf? Dtmf { get; set; }

    public Fax? Fax { get; set; }

    public NumberFormat? NumberFormat { get; set; }

    public Anonymization? Anonymization { get; set; }

    /// <summary>Static only (rule S4).</summary>
    public bool? SipOptionsEnabled { get; set; }

    /// <summary>Registered only (rule G3).</summary>
    public bool? InviteAuthentication { get; set; }

    /// <summary>Static only (rule S1).</summary>
    public List<string>? SourceHosts { get; set; }

    /// <summary>Static only (rule S1).</summary>
    public List<string>? DestinationHosts { get; set; }

    /// <summary>Static only, with more than one destination (rule S3).</summary>
    public RoutingStrategy? Strategy { get; set; }

    /// <summary>Authenticated only: X-IB-AccessCode (rule A3); generated when empty.</summary>
    public string? HeaderValue { get; set; }

    /// <summary>Authenticated only (rule A2).</summary>
    public bool? DigestAuthenticationEnabled { get; set; }

    /// <summary>Authenticated only: the remote platform's FQDN with optional port (rule A1).</summary>
    public string? RemoteFqdn { get; set; }

    /// <summary>FRESHWORKS: Twilio Account SID (rule P1).</summary>
    public string? AccountSid { get; set; }

    /// <summary>FRESHWORKS: Destination Host, the Twilio SIP domain (rule P1).</summary>
    public string? SipDomain { get; set; }

    /// <summary>GENESYS_CLOUD (rule P2).</summary>
    public GenesysRegion? GenesysRegion { get; set; }

    /// <summary>CISCO_WEBEX: Cisco organization ID (rule P3).</summary>
    public string? CiscoUuid { get; set; }

    /// <summary>OPENAI_REALTIME: OpenAI Project ID (rule P4).</summary>
    public string? ProjectId { get; set; }
}
