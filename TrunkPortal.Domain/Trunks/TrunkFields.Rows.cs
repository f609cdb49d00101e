namespace TrunkPortal.Domain.Trunks;

/// <summary>The settings-row texts that need more than one line; the review and the trunk page spell some differently.</summary>
public static partial class TrunkFields
{
    private static string Review(SettingsRowContext c, string review, string page) => c.Surface == SettingsSurface.Review ? review : page;

    private static string? OnOff(bool? on) => on is { } value ? value ? "Enabled" : "Disabled" : null;

    /// <summary>The trunk page names TLS for every kind with a TLS setting or TLS always on; the review shows what the draft holds.</summary>
    private static string? ShowTls(TrunkSettings r, SettingsRowContext c)
    {
        var alwaysOn = FieldMatrix.IsTlsAlwaysOn(r.Kind);
        if (c.Surface == SettingsSurface.Review)
        {
            return r.Tls is { } tls ? tls ? "Enabled" : "Disabled" : alwaysOn ? "Always on" : null;
        }

        return !alwaysOn && !FieldMatrix.Applies(r.Kind, TrunkField.Tls) ? null
            : alwaysOn || r.Tls == true ? "Enabled (TLS/SRTP)" : "Disabled (UDP)";
    }

    private static string? ShowHosts(IReadOnlyList<string>? hosts, SettingsRowContext c) => c.Surface == SettingsSurface.Review
        ? hosts is { Count: > 0 } ? string.Join(", ", hosts) : "none"
        : hosts is null ? null : hosts.Count == 0 ? "None" : string.Join(", ", hosts);

    private static string? ShowStrategy(TrunkSettings r, SettingsRowContext c)
    {
        var named = r.Strategy == RoutingStrategy.RoundRobin ? "Round-robin" : "Failover";
        var canChoose = RoutingStrategyRule.CanChoose(r.DestinationHosts?.Count ?? 0);
        return c.Surface == SettingsSurface.Review
            ? canChoose ? named : "one destination"
            : canChoose && r.Strategy is not null ? named : null;
    }
}
