using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrunkPortal.Data.Configurations;

internal sealed class TrunkConfiguration : IEntityTypeConfiguration<TrunkEntity>
{
    private const string LiveOnly = "\"DeletedAt\" IS NULL";

    public void Configure(EntityTypeBuilder<TrunkEntity> builder)
    {
        // F3 counts 128 text elements (what a person sees); one can take several UTF-16 units, hence the room.
        builder.Property(t => t.Name).HasMaxLength(512);
        builder.Property(t => t.NameKey).HasMaxLength(512);
        builder.Property(t => t.Location).HasMaxLength(32);
        builder.Property(t => t.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Provider).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.PackageType).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.PackageCountryCode).HasMaxLength(3);
        builder.Property(t => t.ServiceAddressId).HasMaxLength(64);
        builder.Property(t => t.Dtmf).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Fax).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.NumberFormat).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Anonymization).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.Strategy).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.GenesysRegion).HasConversion<string>().HasMaxLength(24);
        builder.Property(t => t.AdminStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ActionStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.RegistrationStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.ScheduledFault).HasConversion<string>().HasMaxLength(16);
        builder.PrimitiveCollection(t => t.Codecs).ElementType(e => e.HasConversion<string>());
        builder.Property(t => t.Username).HasMaxLength(64);
        builder.Property(t => t.SbcFqdn).HasMaxLength(253);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.ClaimedBy).HasMaxLength(64);

        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId);

        // Names are unique among an account's live trunks, compared as F3 compares them (trimmed, ignoring case, by
        // their key); deleted rows keep history for N1. The quoted filter is valid SQL on SQLite and PostgreSQL.
        builder.HasIndex(t => new { t.AccountId, t.NameKey }).IsUnique().HasFilter(LiveOnly);
        // The support search's name prefix: a range on the key, read in (key, id) order, live trunks only.
        builder.HasIndex(t => new { t.NameKey, t.Id }).HasFilter(LiveOnly);
        builder.HasIndex(t => t.ActionDueAt);
        builder.HasIndex(t => t.EdgeSyncDueAt);
        builder.Property(t => t.EdgeLastError).HasMaxLength(512);
        builder.HasIndex(t => t.Username);
        builder.HasIndex(t => t.SbcFqdn);
    }
}
