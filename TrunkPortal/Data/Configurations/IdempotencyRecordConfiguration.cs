using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrunkPortal.Api.Idempotency;

namespace TrunkPortal.Data.Configurations;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecordEntity>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecordEntity> builder)
    {
        builder.ToTable("IdempotencyRecords");
        builder.Property(r => r.Key).HasMaxLength(IdempotencyStore.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        // Insert-first: the second of two concurrent requests with one key fails here instead of creating twice.
        builder.HasIndex(r => new { r.AccountId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId);
    }
}
