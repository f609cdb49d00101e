using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrunkPortal.Data.Configurations;

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(64);
        builder.HasIndex(a => a.Name).IsUnique();
        // A complex type keeps the five overrides as plain nullable columns (LimitOverrides_*) on any provider.
        builder.ComplexProperty(a => a.LimitOverrides);
    }
}
