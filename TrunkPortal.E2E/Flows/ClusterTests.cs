using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>
/// Two instances on one PostgreSQL behind nginx (deploy/cluster.sh): a browser on instance B follows a trunk that
/// instance A's API created. ip_hash would put this machine's browser and test client on one instance, so each goes
/// through nginx's port pinned to its instance, and each answer's X-Portal-Upstream proves which one served it.
/// </summary>
[Collection(ClusterCollection.Name)]
[Trait("Db", "Cluster")]
public sealed class ClusterTests(ClusterFixture cluster)
{
    private const string AcmeKey = "tp_demo_acme_5f2b8c41d7e94a06b3c1e8f27a9d0c6e";

    [Fact]
    [Trait("Rule", "T5")]
    public async Task TrunkCreatedThroughA_ShouldAppearOnBsOpenList_AndGoFromCreatingToSuccess_WithoutAReload()
    {
        var name = TestSetup.Unique("Cluster live");
        await cluster.RunOnBAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(DemoUsers.AcmeAdmin);
            var list = new TrunkListPage(page);
            await list.OpenAsync();
            var document = await list.DocumentMarkerAsync();

            await CreateThroughAAsync(name, "198.18.1.1");

            await Expect(list.ActionBadge(name)).ToHaveTextAsync("CREATING", new() { Timeout = 30_000 });
            await Expect(list.ActionBadge(name)).ToHaveTextAsync("SUCCESS", new() { Timeout = ClusterFixture.ProvisioningDelayMs + 30_000 });
            Assert.Equal(document, await list.DocumentMarkerAsync());
        });
    }

    [Fact]
    public async Task TrunkCreatedThroughA_ShouldBeListedByB()
    {
        var name = TestSetup.Unique("Cluster shared");
        await cluster.RunOnBAsync(async page =>
        {
            await CreateThroughAAsync(name, "198.18.1.2");

            await new SignInPage(page).SignInAsync(DemoUsers.AcmeAdmin);
            var list = new TrunkListPage(page);
            await list.OpenAsync();
            await Expect(list.NameLink(name)).ToBeVisibleAsync();
            Assert.Equal($"127.0.0.1:{cluster.InstancePortB}", await UpstreamAsync(cluster.UrlB));
        });
    }

    private async Task CreateThroughAAsync(string name, string sourceHost)
    {
        using var client = new HttpClient { BaseAddress = new Uri(cluster.UrlA) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("App", AcmeKey);
        using var answer = await client.PostAsJsonAsync("/calls/1/sip-trunks", new
        {
            type = "STATIC",
            name,
            location = "FRANKFURT",
            channelLimit = 10,
            billingPackage = new { packageType = "METERED" },
            sourceHosts = new[] { sourceHost },
            destinationHosts = new[] { "192.0.2.20:5060" },
        });
        Assert.True(answer.StatusCode == HttpStatusCode.Accepted, $"Create through A: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
        Assert.Equal($"127.0.0.1:{cluster.InstancePortA}", Upstream(answer));
    }

    private static async Task<string?> UpstreamAsync(string url)
    {
        using var client = new HttpClient();
        using var answer = await client.GetAsync(url + "/health");
        return Upstream(answer);
    }

    private static string? Upstream(HttpResponseMessage answer) =>
        answer.Headers.TryGetValues("X-Portal-Upstream", out var values) ? values.Single() : null;
}
