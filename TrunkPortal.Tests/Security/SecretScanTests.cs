using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TrunkPortal.Auditing;
using TrunkPortal.Components.Pages.Trunks;
using TrunkPortal.Data;
using TrunkPortal.Tests.Components.Trunks;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Trunks;

namespace TrunkPortal.Tests.Security;

/// <summary>
/// R3: every secret issued at creation and reset is looked for afterwards in the rendered pages, every log
/// line (at Trace), the audit entries and the raw database file; none may be there.
/// </summary>
public sealed class SecretScanTests : PortalContext
{
    private static readonly CapturingLoggerProvider _logs = new();

    public SecretScanTests()
        : base(configureServices: s => s.AddSingleton<ILoggerProvider>(_logs), traceLogging: true) => RenderProviders();

    private static IEnumerable<string> SecretsOf(IssuedSecrets s) =>
        new[] { s.Password, s.HeaderValue, s.InboundDigestPassword, s.OutboundDigestPassword }.OfType<string>();

    private async Task<List<(Guid TrunkId, string Secret)>> IssueSecretsAsync()
    {
        var registered = await CreateAsync(Acme, TestTrunks.Registered("Scanned registered"));
        var generated = await CreateAsync(Acme, TestTrunks.Authenticated("Scanned authenticated"));
        var typed = await CreateAsync(Acme, TestTrunks.Authenticated("Scanned typed header", headerValue: "Typed-Access-Code-4711"));
        var issued = new List<(Guid, IssuedSecrets)> { (registered.Trunk.Id, registered.Secrets!), (generated.Trunk.Id, generated.Secrets!), (typed.Trunk.Id, typed.Secrets!) };
        foreach (var id in new[] { registered.Trunk.Id, generated.Trunk.Id })
        {
            await WaitForSuccessAsync(id);
            var reset = await Trunks.ResetCredentialsAsync(AdminActor, Acme, id);
            Assert.True(reset.Succeeded, reset.Message);
            issued.Add((id, reset.Value!));
        }
        var secrets = issued.SelectMany(i => SecretsOf(i.Item2).Select(s => (i.Item1, s))).ToList();
        Assert.Equal(11, secrets.Count);
        Assert.Contains(secrets, s => s.s == "Typed-Access-Code-4711");
        Assert.All(secrets, s => Assert.True(s.s.Length >= 8, "A secret this short could match by chance."));
        return secrets;
    }

    [Fact]
    [Trait("Rule", "R3")]
    public async Task Secrets_ShouldAppearInNoPageLogAuditOrDatabaseFile_WhenIssuedAndReset()
    {
        var secrets = await IssueSecretsAsync();

        var markup = new StringBuilder(Render<TrunkList>().Markup);
        foreach (var trunkId in secrets.Select(s => s.TrunkId).Distinct())
        {
            var page = Render<TrunkDetails>(p => p.Add(d => d.TrunkId, trunkId));
            page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=trunk-name]")));
            markup.Append(page.Markup);
        }
        var audit = await AuditTextAsync();
        var database = DatabaseFileText();

        Assert.NotEmpty(_logs.Lines);
        foreach (var (_, secret) in secrets)
        {
            Assert.DoesNotContain(secret, markup.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(_logs.Lines, line => line.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, audit, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, database, StringComparison.Ordinal);
        }
    }

    [Fact]
    [Trait("Rule", "R3")]
    public async Task Audit_ShouldRecordSecretChangesAsChangedOnly_WhenCredentialsAreIssuedAndReset()
    {
        await IssueSecretsAsync();

        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.AccountId == Acme).ToListAsync();
        var resets = entries.Where(e => e.Action == AuditActions.TrunkResetCredentials).ToList();
        Assert.Equal(2, resets.Count);
        var secretFields = new[] { "Password", "HeaderValue", "InboundDigestPassword", "OutboundDigestPassword" };
        var secretChanges = entries.SelectMany(e => e.Changes).Where(c => secretFields.Any(f => c.Field.Contains(f, StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(secretChanges);
        Assert.All(secretChanges, c =>
        {
            Assert.Null(c.Old);
            Assert.Equal(FieldChange.Redacted, c.New);
        });
        Assert.All(resets, r => Assert.NotEmpty(r.Changes));
    }

    private async Task<string> AuditTextAsync()
    {
        await using var db = await App.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.AsNoTracking().ToListAsync();
        return string.Join("\n", entries.SelectMany(e => e.Changes).Select(c => $"{c.Field} {c.Old} {c.New}"));
    }

    private string DatabaseFileText()
    {
        var path = App.Database.Name;
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }
        Assert.True(text.Length > 0);
        return text.ToString();
    }
}
