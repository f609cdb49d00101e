namespace TrunkPortal.Domain.Catalog;

/// <summary>One data center of the catalog.</summary>
public sealed record DataCenter
{
    /// <summary>The ISO 3166 alpha-3 code of the United States, spelled as the catalog must spell it (N4: upper case).</summary>
    public const string UnitedStatesCode = "USA";

    /// <summary>The API's <c>location</c> value, e.g. "FRANKFURT", "SAO_PAULO".</summary>
    public string Code { get; init; } = "";

    /// <summary>What people see, e.g. "Frankfurt".</summary>
    public string DisplayName { get; init; } = "";

    /// <summary>The seed's geography column, e.g. "Frankfurt, Germany".</summary>
    public string Geography { get; init; } = "";

    /// <summary>ISO 3166 alpha-3 of the country the data center is in; "USA" makes it a US data center (U1, P3).</summary>
    public string CountryCode { get; init; } = "";

    /// <summary>U1, P3: the one answer to "is this a US data center"; exact, as the catalog validator accepts only upper case.</summary>
    public bool IsUnitedStates => CountryCode == UnitedStatesCode;

    /// <summary>The seed's "Infobip static trunk SBC address" for legacy accounts (N1); null where the seed lists none.</summary>
    public string? StaticSbcIp { get; init; }

    /// <summary>The seed's "Infobip registered trunk SBC address" for legacy accounts (N1); null where the seed lists none.</summary>
    public string? RegisteredSbcIp { get; init; }

    /// <summary>Region label of trunk FQDNs for new accounts (N2), e.g. "eu" in &lt;uuid&gt;.eu.sip.voice.infobip.com.</summary>
    public string FqdnRegionLabel { get; init; } = "";

    /// <summary>The SBC host the trunk FQDN's A and SRV records point to for new accounts (N3).</summary>
    public string SbcHost { get; init; } = "";

    /// <summary>The SBC's IP address, the target of the A record (N3).</summary>
    public string SbcIp { get; init; } = "";

    /// <summary>IP subnets (CIDR) new accounts allowlist for this data center (N2).</summary>
    public IReadOnlyList<string> Subnets { get; init; } = [];
}
