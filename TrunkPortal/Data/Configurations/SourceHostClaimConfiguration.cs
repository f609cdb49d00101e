using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrunkPortal.Data.Configurations;

internal sealed class SourceHostClaimConfiguration : IEntityTypeConfiguration<SourceHostClaim>
{
    public void Configure(EntityTypeBuilder<SourceHostClaim> builder)
    {
        builder.HasKey(c => new { c.Location, c.Host });
        builder.Property(c => c.Location).HasMaxLength(32);
        builder.Property(c => c.Host).HasMaxLength(300);
        builder.HasIndex(c => c.TrunkId);
        builder.HasOne<TrunkEntity>().WithMany().HasForeignKey(c => c.TrunkId).OnDelete(DeleteBehavior.Cascade);
    }
}
