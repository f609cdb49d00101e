using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrunkPortal.ServiceAddresses;
using static TrunkPortal.Domain.ServiceAddresses.ServiceAddressLimits;

namespace TrunkPortal.Data.Configurations;

internal sealed class ServiceAddressConfiguration : IEntityTypeConfiguration<ServiceAddressEntity>
{
    public void Configure(EntityTypeBuilder<ServiceAddressEntity> builder)
    {
        builder.ToTable("ServiceAddresses");
        builder.Property(a => a.Name).HasMaxLength(NameMaxLength);
        builder.Property(a => a.Street).HasMaxLength(StreetMaxLength);
        builder.Property(a => a.City).HasMaxLength(CityMaxLength);
        builder.Property(a => a.PostCode).HasMaxLength(PostCodeMaxLength);
        builder.Property(a => a.Suite).HasMaxLength(SuiteMaxLength);
        builder.Property(a => a.CountryCode).HasMaxLength(CountryCodeLength);
        builder.Property(a => a.CountryRegionCode).HasMaxLength(CountryRegionCodeMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId);
        builder.HasIndex(a => new { a.AccountId, a.Name });
    }
}
