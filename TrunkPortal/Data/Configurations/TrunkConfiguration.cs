using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrunkPortal.Data.Configurations;

internal sealed class TrunkConfiguration : IEntityTypeConfiguration<TrunkEntity>
{
    public void Configure(EntityTypeBuilder<TrunkEntity> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(128);
        builder.Property(t => t.Location).HasMaxLength(32);
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Provider).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.AdminStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ActionStatus).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId);
        builder.HasIndex(t => new { t.AccountId, t.Name }).IsUnique();
    }
}
