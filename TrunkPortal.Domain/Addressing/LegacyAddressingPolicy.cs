using TrunkPortal.Domain.Catalog;

namespace TrunkPortal.Domain.Addressing;

/// <summary>
/// Rules N1/N2: decides whether an account keeps static SBC IPs ("legacy") or gets a per-trunk FQDN.
/// The cut-off date is a whole UTC day: the seed names a date, not a time zone, and UTC is the only zone the
/// platform and every customer share.
/// </summary>
public sealed class LegacyAddressingPolicy(PortalCatalog catalog, TimeProvider time)
{
    /// <summary>
    /// N2: legacy when at least one trunk existed at some moment of the cut-off day (UTC): created before the
    /// day ended and not deleted by the time it began. Until the day is over the FQDN scheme is not in force
    /// yet, so every account is still served static IPs.
    /// </summary>
    public bool IsLegacy(IEnumerable<TrunkLifetime> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var dayStart = new DateTimeOffset(catalog.LegacyCutoffDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var dayEnd = dayStart.AddDays(1);
        if (time.GetUtcNow() < dayEnd)
        {
            return true;
        }
        return history.Any(t => t.CreatedAt < dayEnd && (t.DeletedAt is null || t.DeletedAt > dayStart));
    }
}
