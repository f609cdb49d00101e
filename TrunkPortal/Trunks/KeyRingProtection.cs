using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using TrunkPortal.Data;

namespace TrunkPortal.Trunks;

/// <summary>
/// R3 at rest: the Data Protection key ring lives in the database (every instance shares it), and is encrypted with
/// a certificate the database does not hold, so a copy of the database is not a copy of the outbound DIGEST passwords
/// and stored answers the ring protects. "DataProtection:CertificatePath" (a PKCS#12 file) and
/// "DataProtection:CertificatePassword" name it; Development generates one beside the SQLite file (PostgreSQL: in the
/// app's folder, named after the database) and says so;
/// anywhere else a missing certificate stops the start.
/// </summary>
internal static partial class KeyRingProtection
{
    public const string PathKey = "DataProtection:CertificatePath";

    public const string PasswordKey = "DataProtection:CertificatePassword";

    public static IServiceCollection AddPortalDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var (certificate, generatedAt) = LoadCertificate(configuration, environment);
        services.AddDataProtection()
            .SetApplicationName("TrunkPortal")
            .PersistKeysToDbContext<AppDbContext>()
            .ProtectKeysWithCertificate(certificate);
        if (generatedAt is not null)
        {
            services.AddHostedService(sp => new Announcement(generatedAt, sp.GetRequiredService<ILogger<Announcement>>()));
        }
        return services;
    }

    /// <summary>A new self-signed RSA certificate for the key ring, written as PKCS#12 (owner-only on Unix).</summary>
    public static X509Certificate2 CreateSelfSigned(string path, string? password = null)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=TrunkPortal key ring", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(20));
        var bytes = created.Export(X509ContentType.Pkcs12, password);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, bytes);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return X509CertificateLoader.LoadPkcs12(bytes, password);
    }

    /// <summary>The key ring's certificate, and the file's path when this call generated it (Development only).</summary>
    internal static (X509Certificate2 Certificate, string? GeneratedAt) LoadCertificate(IConfiguration configuration, IHostEnvironment environment)
    {
        var password = configuration[PasswordKey];
        if (configuration[PathKey] is { Length: > 0 } path)
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{PathKey} names {path}, which does not exist: give the PKCS#12 file that protects the Data Protection key ring.");
            }
            return (X509CertificateLoader.LoadPkcs12FromFile(path, password), null);
        }
        if (!environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{PathKey} is required outside Development: the PKCS#12 certificate (and {PasswordKey}) that encrypts the Data Protection " +
                "key ring, kept apart from the database (README, \"Set for a deployment\").");
        }
        var beside = DevelopmentKeyRingFile(configuration);
        if (!File.Exists(beside))
        {
            // Two instances of one database started from one folder may both get here: each writes its own file and
            // moves it into place, which fails for the second (no overwrite), and the second then loads the first's.
            var written = $"{beside}.{Guid.NewGuid():N}.tmp";
            CreateSelfSigned(written).Dispose();
            try
            {
                File.Move(written, beside, overwrite: false);
                return (X509CertificateLoader.LoadPkcs12FromFile(beside, null), beside);
            }
            catch (IOException) when (File.Exists(beside))
            {
                File.Delete(written);
            }
        }
        return (X509CertificateLoader.LoadPkcs12FromFile(beside, null), null);
    }

    /// <summary>
    /// SQLite: beside the database file. PostgreSQL: in the app's folder, named after the database, so that the
    /// instances of one database started from one folder share it (a deployment names one file for all of them).
    /// </summary>
    private static string DevelopmentKeyRingFile(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Default");
        if (PortalDatabase.ProviderOf(configuration) == DatabaseProvider.Postgres)
        {
            var database = new Npgsql.NpgsqlConnectionStringBuilder(connectionString ?? "").Database;
            return Path.Combine(AppContext.BaseDirectory, (string.IsNullOrEmpty(database) ? "trunkportal" : database) + ".keyring.pfx");
        }
        return BesideDatabase(connectionString);
    }

    private static string BesideDatabase(string? connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString ?? "").DataSource;
        var folder = string.IsNullOrEmpty(source) || source == ":memory:" ? AppContext.BaseDirectory : Path.GetDirectoryName(Path.GetFullPath(source))!;
        var name = string.IsNullOrEmpty(source) || source == ":memory:" ? "trunkportal" : Path.GetFileName(source);
        return Path.Combine(folder, name + ".keyring.pfx");
    }

    private sealed partial class Announcement(string path, ILogger<Announcement> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            LogGenerated(path);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(Level = LogLevel.Warning, Message = "Development: generated {Path} to encrypt the Data Protection key ring. Keep it out of copies of the database; a deployment sets DataProtection:CertificatePath.")]
        private partial void LogGenerated(string path);
    }
}
