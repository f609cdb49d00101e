namespace TrunkPortal.Data;

/// <summary>
/// S7: one up/down transition of a static trunk's destination, as the SIP edge's OPTIONS probing saw it (the
/// health timeline). Kept for <see cref="Retention"/>; written by the edge monitor, read by the trunk page and
/// <c>/portal/1/sip-trunks/{id}/health</c>.
/// </summary>
public sealed class DestinationHealthEvent
{
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public long Id { get; set; }

    public Guid TrunkId { get; set; }

    /// <summary>The destination's place in the trunk's list (0 = first).</summary>
    public int Position { get; set; }

    /// <summary>The SIP URI probed, e.g. <c>sip:203.0.113.20:5060</c>.</summary>
    public string Destination { get; set; } = "";

    public bool Up { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The round-trip estimate when it came up, in milliseconds.</summary>
    public double? RoundTripMs { get; set; }

    /// <summary>The edge that saw it (its name in SipEdge:Edges).</summary>
    public string Edge { get; set; } = "";
}
