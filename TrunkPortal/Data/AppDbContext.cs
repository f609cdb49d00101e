using Microsoft.EntityFrameworkCore;

namespace TrunkPortal.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<TrunkEntity> Trunks => Set<TrunkEntity>();

    public DbSet<TrunkPortal.Api.Keys.ApiKeyEntity> ApiKeys => Set<TrunkPortal.Api.Keys.ApiKeyEntity>();

    public DbSet<TrunkPortal.Api.Idempotency.IdempotencyRecordEntity> IdempotencyRecords => Set<TrunkPortal.Api.Idempotency.IdempotencyRecordEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
}
