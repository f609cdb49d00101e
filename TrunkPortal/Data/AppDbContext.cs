using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TrunkPortal.Auditing;

namespace TrunkPortal.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    /// <summary>PostgreSQL's "C" collation: byte order of the UTF-8 text, i.e. code point order.</summary>
    private const string ByteOrder = "C";

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<TrunkEntity> Trunks => Set<TrunkEntity>();

    public DbSet<TrunkPortal.Api.Keys.ApiKeyEntity> ApiKeys => Set<TrunkPortal.Api.Keys.ApiKeyEntity>();

    public DbSet<TrunkPortal.Api.Idempotency.IdempotencyRecordEntity> IdempotencyRecords => Set<TrunkPortal.Api.Idempotency.IdempotencyRecordEntity>();

    public DbSet<ServiceAddresses.ServiceAddressEntity> ServiceAddresses => Set<ServiceAddresses.ServiceAddressEntity>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>S6: which live static trunk holds each source host of a data center.</summary>
    public DbSet<SourceHostClaim> SourceHostClaims => Set<SourceHostClaim>();

    /// <summary>S7: the up/down transitions of static trunks' destinations in the last 24 hours.</summary>
    public DbSet<DestinationHealthEvent> DestinationHealthEvents => Set<DestinationHealthEvent>();

    /// <summary>One row: this portal installation's id, which tags every row it provisions on a SIP edge (E3).</summary>
    public DbSet<PortalInstallation> PortalInstallations => Set<PortalInstallation>();

    /// <summary>Data Protection's keys, shared by every instance through the database (R3 encryption at rest).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity maps its own tables first; the portal's configurations may then refine PortalUser.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        if (Database.IsNpgsql())
        {
            // Text that is ordered or compared by range compares byte by byte, as SQLite's default BINARY does, not by
            // the database's locale: the same query gives the same rows in the same order on both providers.
            modelBuilder.Entity<TrunkEntity>().Property(t => t.NameKey).UseCollation(ByteOrder);
            modelBuilder.Entity<ServiceAddresses.ServiceAddressEntity>().Property(a => a.Name).UseCollation(ByteOrder);
            modelBuilder.Entity<AuditEntry>().Property(e => e.ActorKey).UseCollation(ByteOrder);
        }
    }
}
