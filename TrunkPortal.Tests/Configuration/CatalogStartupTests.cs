using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TrunkPortal.Configuration;

namespace TrunkPortal.Tests.Configuration;

/// <summary>Rule N4: a malformed catalog stops the app at start-up, naming the key to fix.</summary>
public class CatalogStartupTests
{
    private static async Task<Exception?> StartWithAsync(params (string Key, string? Value)[] overrides)
    {
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json", optional: false);
        builder.Configuration.AddInMemoryCollection(overrides.Select(o => KeyValuePair.Create(o.Key, o.Value)));
        builder.Services.AddPortalCatalog(builder.Configuration);
        using var host = builder.Build();
        var failure = await Record.ExceptionAsync(() => host.StartAsync());
        if (failure is null)
        {
            await host.StopAsync();
        }
        return failure;
    }

    [Fact]
    [Trait("Rule", "N4")]
    public async Task Start_ShouldSucceed_WhenCatalogIsTheShippedOne() =>
        Assert.Null(await StartWithAsync());

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("Catalog:DataCenters:3:StaticSbcIp", "not-an-ip")]
    [InlineData("Catalog:DataCenters:0:Subnets:0", "81.23.253.0/33")]
    [InlineData("Catalog:DataCenters:10:Code", "kuala lumpur")]
    [InlineData("Catalog:RegionPairs:1:Secondary", "SEATTLE")]
    [InlineData("Catalog:DefaultDataCenters:ByGenesysRegion:ApSouth1", "MUMBAI")]
    [InlineData("Catalog:DefaultLimits:DataCentersPerAccount", "0")]
    public async Task Start_ShouldFailNamingTheKey_WhenCatalogValueIsMalformed(string key, string value)
    {
        var failure = await StartWithAsync((key, value));

        var invalid = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(key + ": ", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "N4")]
    public async Task Start_ShouldFailNamingTheKey_WhenCutoffIsRemoved()
    {
        var failure = await StartWithAsync(("Catalog:LegacyCutoffDate", ""));

        Assert.Contains("Catalog:LegacyCutoffDate: ", Assert.IsType<OptionsValidationException>(failure).Message, StringComparison.Ordinal);
    }

    [Theory]
    [Trait("Rule", "N4")]
    [InlineData("Catalog:DataCenters:2:StaticSbcIP4", "one of Code, DisplayName, Geography")]
    [InlineData("Catalog:DefaultLimit", "one of DataCenters, RegionPairs")]
    [InlineData("Catalog:DefaultDataCenters:ByGenesysRegion:EU_CENTRAL_1", "one of NaUsEast1")]
    [InlineData("Catalog:FqdnSuffix:Value", "a single value")]
    public async Task Start_ShouldFailNamingTheKey_WhenCatalogKeyIsMisspelt(string key, string accepted)
    {
        var failure = await StartWithAsync((key, "FRANKFURT"));

        var message = Assert.IsType<OptionsValidationException>(failure).Message;
        Assert.Contains($"{key}: there is no such setting here; use {accepted}", message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "N4")]
    public async Task Start_ShouldFailNamingTheKey_WhenCatalogValueHasWrongType()
    {
        var failure = await StartWithAsync(("Catalog:DefaultLimits:TrunksPerAccount", "ten"));

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Contains("Catalog:DefaultLimits:TrunksPerAccount", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "N4")]
    public void Program_ShouldRefuseToStart_WhenCatalogIsMalformed()
    {
        var database = Path.Combine(Path.GetTempPath(), $"tp-catalog-{Guid.NewGuid():N}.db");
        try
        {
            using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
                .UseSetting("ConnectionStrings:Default", $"Data Source={database};Pooling=False")
                .UseSetting("Catalog:DataCenters:3:SbcIp", "203.0.113"));

            var failure = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
            Assert.Contains("Catalog:DataCenters:3:SbcIp: ", failure.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(database);
        }
    }
}
