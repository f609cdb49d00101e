using System.Reflection;
using System.Xml.Linq;
using TrunkPortal.Domain.Trunks;
using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Architecture;

public class DomainPurityTests
{
    private static readonly string[] _forbiddenPrefixes =
    [
        "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.Extensions",
        "MudBlazor",
    ];

    [Fact]
    public void DomainAssembly_ShouldReferenceNoAspNetCoreOrEfCoreAssembly()
    {
        var references = typeof(TrunkRequest).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        Assert.Contains("FluentValidation", references);
        var forbidden = references.Where(name => _forbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal))).ToList();
        Assert.True(forbidden.Count == 0, $"TrunkPortal.Domain references {string.Join(", ", forbidden)}");
    }

    [Fact]
    public void DomainProject_ShouldDeclareNoAspNetCoreOrEfCorePackageOrFrameworkReference()
    {
        var project = XDocument.Load(Path.Combine(SolutionRoot.Path, "TrunkPortal.Domain", "TrunkPortal.Domain.csproj"));

        Assert.Equal("Microsoft.NET.Sdk", project.Root!.Attribute("Sdk")!.Value);
        var includes = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference" or "ProjectReference")
            .Select(e => e.Attribute("Include")!.Value)
            .ToList();
        Assert.DoesNotContain(includes, i => _forbiddenPrefixes.Any(p => i.StartsWith(p, StringComparison.Ordinal)));
        Assert.DoesNotContain(includes, i => i.Contains("TrunkPortal.csproj", StringComparison.Ordinal));
    }
}
