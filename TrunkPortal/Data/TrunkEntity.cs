using TrunkPortal.Domain.Status;
using TrunkPortal.Domain.Trunks;

namespace TrunkPortal.Data;

/// <summary>A trunk as stored. The settings grow with the wizard; every row carries its account.</summary>
public sealed class TrunkEntity
{
    public Guid Id { get; set; }

    public Guid AccountId { get; set; }

    public string Name { get; set; } = "";

    public TrunkType Type { get; set; }

    public ProviderType? Provider { get; set; }

    public string Location { get; set; } = "";

    public int ChannelLimit { get; set; }

    public AdminStatus AdminStatus { get; set; }

    public ActionStatus ActionStatus { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
