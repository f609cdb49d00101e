using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrunkPortal.Api.Keys;

namespace TrunkPortal.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKeyEntity>
{
    public void Configure(EntityTypeBuilder<ApiKeyEntity> builder)
    {
        builder.ToTable("ApiKeys");
        builder.Property(k => k.Name).HasMaxLength(ApiKeyService.MaxNameLength);
        builder.Property(k => k.KeyPrefix).HasMaxLength(8);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.HasIndex(k => k.KeyHash).IsUnique();
        builder.HasIndex(k => k.AccountId);
        builder.HasOne<Account>().WithMany().HasForeignKey(k => k.AccountId);
    }
}
