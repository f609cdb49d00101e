using System.Globalization;
using TrunkPortal.Domain.Catalog;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Domain.Addressing;

/// <summary>Rules N1-N3: the SBC addresses returned when a trunk is created, from the catalog only (N4).</summary>
public sealed class SbcAllocator(PortalCatalog catalog)
{
    public const int SipPort = 5060;
    public const int SipsPort = 5061;
    public const int PrimaryPriority = 10;
    public const int SecondaryPriority = 20;
    public const int SrvWeight = 100;

    private readonly CatalogLookup _lookup = new(catalog);

    /// <summary>
    /// N1 for legacy accounts (static IPs plus the paired data center's as backup), N2/N3 for the others
    /// (the trunk's own FQDN, its DNS records and the subnets to allowlist).
    /// </summary>
    /// <param name="trunkId">Makes the FQDN unique; the caller creates it (e.g. Guid.CreateVersion7).</param>
    public SbcAddressing Allocate(string location, TrunkType type, bool tls, bool legacyAccount, Guid trunkId)
    {
        var dataCenter = _lookup.Find(location) ?? throw new DomainException(
            "N4",
            $"'{location}' is not a data center we offer. Choose one of: {string.Join(", ", _lookup.Codes)}.");
        var port = tls ? SipsPort : SipPort;
        // Authenticated trunks work only with FQDNs (seed: "Specific notes for authenticated trunks") and their
        // final dialog shows the trunk FQDN (A4), so they get one even on a legacy account.
        return legacyAccount && type != TrunkType.Authenticated
            ? AllocateLegacy(dataCenter, type, port)
            : AllocateFqdn(dataCenter, port, trunkId);
    }

    /// <summary>N1: the seed's table by column; AUTHENTICATED and PROVIDER trunks use the static column.</summary>
    private static string? LegacyIp(DataCenter dataCenter, TrunkType type)
    {
        var ip = type == TrunkType.Registered ? dataCenter.RegisteredSbcIp : dataCenter.StaticSbcIp;
        return string.IsNullOrWhiteSpace(ip) ? null : ip;
    }

    private SbcAddressing AllocateLegacy(DataCenter dataCenter, TrunkType type, int port)
    {
        var ip = LegacyIp(dataCenter, type) ?? throw new DomainException(
            "N1",
            $"Data center {dataCenter.Code} has no fixed SBC IP address for {Column(type)} trunks, and your account "
            + $"uses fixed SBC IP addresses because it had trunks on {FormatDate(catalog.LegacyCutoffDate)}. "
            + $"Choose one of: {string.Join(", ", catalog.DataCenters.Where(d => LegacyIp(d, type) is not null).Select(d => d.Code))}.");
        var partnerIp = _lookup.PairOf(dataCenter.Code) is { } partner ? LegacyIp(partner, type) : null;
        return new SbcAddressing
        {
            Primary = [HostPort(ip, port)],
            Backup = partnerIp is null ? [] : [HostPort(partnerIp, port)],
            Subnets = [],
        };
    }

    private SbcAddressing AllocateFqdn(DataCenter dataCenter, int port, Guid trunkId)
    {
        var fqdn = string.Create(
            CultureInfo.InvariantCulture,
            $"{trunkId:D}.{dataCenter.FqdnRegionLabel}.{catalog.FqdnSuffix}").ToLowerInvariant();
        var partner = _lookup.PairOf(dataCenter.Code);
        var sbcs = partner is null ? [dataCenter] : new[] { dataCenter, partner };
        return new SbcAddressing
        {
            Primary = [HostPort(fqdn, port)],
            Backup = [],
            Subnets = sbcs.SelectMany(d => d.Subnets).Distinct(StringComparer.Ordinal).ToList().AsReadOnly(),
            Fqdn = fqdn,
            SrvRecords = [.. Srv($"_sips._tcp.{fqdn}", SipsPort, sbcs), .. Srv($"_sip._udp.{fqdn}", SipPort, sbcs)],
            ARecord = new AddressRecord(fqdn, dataCenter.SbcIp),
        };
    }

    private static IEnumerable<SrvRecord> Srv(string name, int port, IReadOnlyList<DataCenter> sbcs) =>
        sbcs.Select((d, i) => new SrvRecord(name, i == 0 ? PrimaryPriority : SecondaryPriority, SrvWeight, port, d.SbcHost));

    // IPv6 literals need brackets before a port, as in a SIP URI.
    private static string HostPort(string host, int port)
    {
        var bracketed = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        return string.Create(CultureInfo.InvariantCulture, $"{bracketed}:{port}");
    }

    private static string Column(TrunkType type) => type == TrunkType.Registered ? "registered" : "static";

    private static string FormatDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
