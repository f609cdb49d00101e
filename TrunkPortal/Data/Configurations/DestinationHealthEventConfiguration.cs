using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrunkPortal.Data.Configurations;

internal sealed class DestinationHealthEventConfiguration : IEntityTypeConfiguration<DestinationHealthEvent>
{
    public void Configure(EntityTypeBuilder<DestinationHealthEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Destination).HasMaxLength(300);
        builder.Property(e => e.Edge).HasMaxLength(64);
        builder.HasIndex(e => new { e.TrunkId, e.At });
        builder.HasIndex(e => e.At);
        builder.HasOne<TrunkEntity>().WithMany().HasForeignKey(e => e.TrunkId).OnDelete(DeleteBehavior.Cascade);
    }
}
