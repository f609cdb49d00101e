using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace TrunkPortal.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole, string>(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<TrunkEntity> Trunks => Set<TrunkEntity>();

    public DbSet<ServiceAddresses.ServiceAddressEntity> ServiceAddresses => Set<ServiceAddresses.ServiceAddressEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity maps its own tables first; the portal's configurations may then refine PortalUser.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
