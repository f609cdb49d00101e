using Microsoft.EntityFrameworkCore;

namespace TrunkPortal.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<TrunkEntity> Trunks => Set<TrunkEntity>();

    public DbSet<ServiceAddresses.ServiceAddressEntity> ServiceAddresses => Set<ServiceAddresses.ServiceAddressEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
