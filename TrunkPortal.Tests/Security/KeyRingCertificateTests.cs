using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Security;

/// <summary>
/// R3 at rest in Development: the certificate that encrypts the key ring is generated once beside the database, even
/// when several instances of one database start together, so every one of them can read the keys the others wrote.
/// </summary>
public sealed class KeyRingCertificateTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("tp-keyring-").FullName;

    [Fact]
    [Trait("Rule", "R3")]
    public async Task InstancesStartingTogether_ShouldAllLoadTheOneCertificate_WhenNoneExistsYet()
    {
        var configuration = SqliteIn(_folder);
        using var start = new Barrier(6);

        var loaded = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
        {
            start.SignalAndWait();
            return KeyRingProtection.LoadCertificate(configuration, new Development());
        })));

        var file = Path.Combine(_folder, "portal.db.keyring.pfx");
        Assert.Equal([file], Directory.GetFiles(_folder));
        using var onDisk = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(file, null);
        Assert.All(loaded, l => Assert.Equal(onDisk.Thumbprint, l.Certificate.Thumbprint));
        Assert.Equal([file], loaded.Select(l => l.GeneratedAt).OfType<string>());
        foreach (var (certificate, _) in loaded)
        {
            certificate.Dispose();
        }
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void NextStart_ShouldLoadTheCertificateItGeneratedBefore_AndNotAnnounceItAgain()
    {
        var configuration = SqliteIn(_folder);

        var (first, generated) = KeyRingProtection.LoadCertificate(configuration, new Development());
        var (again, generatedAgain) = KeyRingProtection.LoadCertificate(configuration, new Development());

        Assert.NotNull(generated);
        Assert.Null(generatedAgain);
        Assert.Equal(first.Thumbprint, again.Thumbprint);
        first.Dispose();
        again.Dispose();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static IConfiguration SqliteIn(string folder) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = $"Data Source={Path.Combine(folder, "portal.db")}" })
        .Build();

    private sealed class Development : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "TrunkPortal";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
