using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TrunkPortal.Bench;

namespace TrunkPortal.Tests.Bench;

/// <summary>The benchmark endpoints exist only when Bench:Enabled is set, and never in Production.</summary>
[Trait("Db", "Both")]
public class BenchEndpointsTests(LoopbackApiFactory factory) : IClassFixture<LoopbackApiFactory>
{
    [Theory]
    [Trait("Area", "Bench")]
    [InlineData(null, "Development", false)]
    [InlineData("false", "Development", false)]
    [InlineData("true", "Development", true)]
    [InlineData("true", "Staging", true)]
    [InlineData("true", "Production", false)]
    public void IsEnabled_ShouldNeedTheFlagOutsideProduction_WhenConfigured(string? flag, string environment, bool expected)
    {
        var settings = new Dictionary<string, string?>();
        if (flag is not null)
        {
            settings[BenchEndpoints.EnabledKey] = flag;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        IHostEnvironment host = new HostingEnvironment { EnvironmentName = environment };

        Assert.Equal(expected, BenchEndpoints.IsEnabled(configuration, host));
    }

    [Theory]
    [Trait("Area", "Bench")]
    [InlineData("/bench/heap")]
    [InlineData("/bench/search?term=x&runs=1")]
    public async Task Endpoints_ShouldNotBeMapped_WhenTheFlagIsOff(string path)
    {
        var response = await factory.ClientFor(null).GetAsync(path);

        // No endpoint answers: the request falls through to the portal's pages (HTML), never the bench's JSON.
        Assert.NotEqual("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("\"bytes\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
