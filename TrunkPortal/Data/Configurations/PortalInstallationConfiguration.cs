using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrunkPortal.Data.Configurations;

internal sealed class PortalInstallationConfiguration : IEntityTypeConfiguration<PortalInstallation>
{
    public void Configure(EntityTypeBuilder<PortalInstallation> builder)
    {
        builder.HasKey(p => p.Key);
        builder.Property(p => p.Key).ValueGeneratedNever();
    }
}
