using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using TrunkPortal.Tests.Infrastructure;
using TrunkPortal.Tests.Trunks;

namespace TrunkPortal.Tests.Architecture;

/// <summary>
/// The PostgreSQL pass of ./test.sh runs the classes tagged <c>[Trait("Db", "Both")]</c> (and the PostgreSQL-only
/// ones) again on PostgreSQL. A test class that starts the app or opens a database must say where it runs, so that
/// a new service or API test cannot silently run on SQLite only. Component (bUnit) tests render, and edge tests need
/// the Kamailio edge: both run once, on SQLite, by design.
/// </summary>
public sealed class DatabaseTraitTests
{
    private static readonly string[] _runOnce = ["Components", "Edge", "Infrastructure", "bin", "obj"];

    [Fact]
    public void EveryTestFileThatOpensADatabase_ShouldDeclareWhichProvidersItRunsOn()
    {
        var databaseTypes = typeof(DatabaseTraitTests).Assembly.GetTypes()
            .Where(t => typeof(WebApplicationFactory<Program>).IsAssignableFrom(t) || typeof(TrunkServiceTestBase).IsAssignableFrom(t))
            .Select(t => t.Name)
            .Append(nameof(TestDatabase))
            .ToList();
        Assert.Contains(nameof(PortalAppFactory), databaseTypes);
        var usesDatabase = new Regex($@"\b({string.Join("|", databaseTypes)})\b");
        var root = Path.Combine(SolutionRoot.Path, "TrunkPortal.Tests");

        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !_runOnce.Contains(Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)[0]))
            .Select(f => (Path: Path.GetRelativePath(root, f), Text: File.ReadAllText(f)))
            .Where(f => f.Text.Contains("[Fact", StringComparison.Ordinal) || f.Text.Contains("[Theory", StringComparison.Ordinal))
            .Where(f => usesDatabase.IsMatch(f.Text))
            .ToList();

        Assert.NotEmpty(files);
        var untagged = files.Where(f => !f.Text.Contains("[Trait(\"Db\", \"", StringComparison.Ordinal)).Select(f => f.Path).ToList();
        Assert.True(untagged.Count == 0,
            "Tag these test classes [Trait(\"Db\", \"Both\")] (or \"Sqlite\" with the reason in a comment): " + string.Join(", ", untagged));
    }
}
