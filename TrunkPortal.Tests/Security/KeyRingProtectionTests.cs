using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Security;

/// <summary>R3 at rest: a copy of the database is not a copy of the secrets the key ring protects.</summary>
[Trait("Db", "Both")]
public sealed class KeyRingProtectionTests
{
    [Fact]
    [Trait("Rule", "R3")]
    public async Task KeyRing_ShouldBeStoredEncryptedWithTheCertificate_NeverInClear()
    {
        await using var app = new PortalAppFactory();
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var secret = protector.Protect("outbound-digest-password");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var keys = await db.DataProtectionKeys.AsNoTracking().ToListAsync();

        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            Assert.Contains("EncryptedData", k.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", k.Xml, StringComparison.Ordinal);
        });
        Assert.Equal("outbound-digest-password", protector.Unprotect(secret));
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void Start_ShouldStop_OutsideDevelopmentWithoutACertificate()
    {
        using var app = new PortalAppFactory("Production", settings: new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "" });

        var failure = Assert.ThrowsAny<Exception>(() => app.Services);
        Assert.Contains("DataProtection:CertificatePath is required outside Development", failure.ToString(), StringComparison.Ordinal);
    }
}
