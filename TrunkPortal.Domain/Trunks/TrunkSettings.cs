namespace TrunkPortal.Domain.Trunks;

/// <summary>
/// A trunk's settings as read back: every default applied (F5), and a field the trunk's kind does not have (F1)
/// null. Immutable, with the member names of <see cref="TrunkRequest"/>, the input shape; an edit starts from
/// <see cref="ToRequest"/>. It has no header value: the access code is stored only as a hash and never read back (A3).
/// </summary>
public sealed record TrunkSettings
{
    public TrunkType Type { get; init; } = TrunkType.Static;

    /// <summary>Only for <see cref="TrunkType.Provider"/>.</summary>
    public ProviderType? Provider { get; init; }

    public TrunkKind Kind => new(Type, Type == TrunkType.Provider ? Provider : null);

    public string Name { get; init; } = "";

    /// <summary>Data-center code from the catalog (FRANKFURT, NEW_YORK, ...).</summary>
    public string? Location { get; init; }

    public bool? InternationalCallsAllowed { get; init; }

    public int? ChannelLimit { get; init; }

    public BillingPackageSettings BillingPackage { get; init; } = new();

    public bool? Tls { get; init; }

    /// <summary>In priority order (rule F2).</summary>
    public IReadOnlyList<Codec>? Codecs { get; init; }

    public Dtmf? Dtmf { get; init; }

    public Fax? Fax { get; init; }

    public NumberFormat? NumberFormat { get; init; }

    public Anonymization? Anonymization { get; init; }

    /// <summary>Static only (rule S4).</summary>
    public bool? SipOptionsEnabled { get; init; }

    /// <summary>Registered only (rule G3).</summary>
    public bool? InviteAuthentication { get; init; }

    /// <summary>Static only (rule S1).</summary>
    public IReadOnlyList<string>? SourceHosts { get; init; }

    /// <summary>Static only (rule S1).</summary>
    public IReadOnlyList<string>? DestinationHosts { get; init; }

    /// <summary>Static only (rule S3).</summary>
    public RoutingStrategy? Strategy { get; init; }

    /// <summary>Authenticated only (rule A2).</summary>
    public bool? DigestAuthenticationEnabled { get; init; }

    /// <summary>Authenticated only: the remote platform's FQDN with optional port (rule A1).</summary>
    public string? RemoteFqdn { get; init; }

    /// <summary>FRESHWORKS: Twilio Account SID (rule P1).</summary>
    public string? AccountSid { get; init; }

    /// <summary>FRESHWORKS: Destination Host, the Twilio SIP domain (rule P1).</summary>
    public string? SipDomain { get; init; }

    /// <summary>GENESYS_CLOUD (rule P2).</summary>
    public GenesysRegion? GenesysRegion { get; init; }

    /// <summary>CISCO_WEBEX: Cisco organization ID (rule P3).</summary>
    public string? CiscoUuid { get; init; }

    /// <summary>OPENAI_REALTIME: OpenAI Project ID (rule P4).</summary>
    public string? ProjectId { get; init; }

    /// <summary>
    /// The settings a request describes once its defaults are applied and its inapplicable fields cleared; the
    /// header value is dropped (it is a secret and is not part of what is read back).
    /// </summary>
    public static TrunkSettings From(TrunkRequest settled) => TrunkFields.All.Aggregate(
        new TrunkSettings { Type = settled.Type, Provider = settled.Provider }, (settings, field) => field.StoreFrom(settled, settings));

    /// <summary>A request holding these settings (no header value: the edit keeps the stored one), for the wizard's edit.</summary>
    /// <remarks>Each <see cref="TrunkFields"/> entry copies its value (<see cref="TrunkFieldInfo.CopyStored"/>; lists are copied, not shared).</remarks>
    public TrunkRequest ToRequest()
    {
        var request = new TrunkRequest { Type = Type, Provider = Provider };
        foreach (var field in TrunkFields.All)
        {
            field.CopyStored(request, this);
        }
        return request;
    }
}
