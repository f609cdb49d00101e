using System.Globalization;
using TrunkPortal.Data;
using TrunkPortal.Domain.Addressing;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Trunks;

/// <summary>Copies settings between the stored trunk and the request/read shapes. No rule lives here.</summary>
internal static class TrunkEntityMapper
{
    /// <summary>The stored settings; fields the trunk's kind lacks (F1) are null.</summary>
    public static TrunkSettings ToSettings(this TrunkEntity t) => t.ReadSettings();

    /// <summary>Writes the editable and creation settings of <paramref name="s"/> (defaults already applied).</summary>
    public static void ApplySettings(this TrunkEntity t, TrunkRequest s) => t.WriteSettings(s);

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
