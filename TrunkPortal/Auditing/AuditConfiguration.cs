using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrunkPortal.Data;

namespace TrunkPortal.Auditing;

internal sealed class AuditConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(e => e.ActorKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.ActorKey).HasMaxLength(256);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(48);
        builder.Property(e => e.TrunkName).HasMaxLength(128);
        // A JSON text column: provider-neutral (jsonb is an option on PostgreSQL later).
        builder.Property(e => e.Changes).HasConversion(
            v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<List<FieldChange>>(v, JsonSerializerOptions.Default) ?? new List<FieldChange>(),
            new ValueComparer<List<FieldChange>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c.GetHashCode())),
                v => v.ToList()));
        builder.HasOne<Account>().WithMany().HasForeignKey(e => e.AccountId);
        builder.HasIndex(e => new { e.AccountId, e.At });
        builder.HasIndex(e => new { e.TrunkId, e.At });
    }
}
