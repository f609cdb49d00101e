using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using TrunkPortal.Tests.Edge;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>E4, T5: a PBX registers on the real Kamailio edge with the dialog's credentials; the list follows live.</summary>
[Collection(EdgePortalCollection.Name)]
public sealed class SipEdgeFlowTests(EdgePortalFixture app)
{
    private const string FrankfurtEdge = "127.0.0.10";

    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "E4")]
    [Trait("Rule", "T5")]
    public async Task ListBadge_ShouldTurnRegistered_WhenAPbxRegistersWithTheDialogsCredentials()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Edge PBX");
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.ReviewRegisteredTrunkAsync(name);
            var dialog = await wizard.PayNowAsync();
            var username = await dialog.ValueAsync("Username");
            var password = await dialog.ValueAsync("Password");
            await dialog.AcknowledgeAsync();

            var list = new TrunkListPage(page);
            await Expect(list.ActionBadge(name)).ToHaveTextAsync("SUCCESS");
            await Expect(list.RegistrationBadge(name)).ToHaveTextAsync("UNREGISTERED");
            var document = await list.DocumentMarkerAsync();

            var pbxPort = EdgeTools.FreeUdpPort();
            await Sipp.RunAsync(FrankfurtEdge, "register.xml", username, password, localPort: pbxPort).ShouldPassAsync();
            await Expect(list.RegistrationBadge(name)).ToHaveTextAsync("REGISTERED", new() { Timeout = 10_000 });

            await Sipp.RunAsync(FrankfurtEdge, "register.xml", username, password, expires: 0, localPort: pbxPort).ShouldPassAsync();
            await Expect(list.RegistrationBadge(name)).ToHaveTextAsync("UNREGISTERED", new() { Timeout = 10_000 });
            Assert.Equal(document, await list.DocumentMarkerAsync());
        });
    }

    [Fact]
    [Trait("Rule", "S4")]
    [Trait("Rule", "S7")]
    [Trait("Rule", "B4")]
    public async Task TrunkPage_ShouldShowAStoppedDestinationDown_WithoutAReload_AndExplainTheRouting()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Edge static");
        using var first = SippDestination.Start();
        using var second = SippDestination.Start();
        var (firstHost, secondHost) = ($"127.0.0.1:{first.Port}", $"127.0.0.1:{second.Port}");
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.OpenAsync();
            await wizard.ChooseProviderAsync("SIP trunk: static");
            await wizard.ContinueToAsync("Plan and channels");
            await wizard.ChoosePlanAsync("Metered");
            await wizard.SetChannelsAsync(20);
            await wizard.ContinueToAsync("Main settings");
            await wizard.SetNameAsync(name);
            await wizard.SelectDataCenterAsync("FRANKFURT");
            await wizard.SetSwitchAsync("SIP Options", true);
            await wizard.ContinueToAsync("IP configuration");
            await wizard.AddSourceAsync(TestSetup.NextSourceHost());
            await wizard.AddDestinationAsync("127.0.0.1", first.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await wizard.AddDestinationAsync("127.0.0.1", second.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(wizard.HostItem(secondHost)).ToBeVisibleAsync();
            await wizard.ChooseRoutingStrategyAsync("Failover");
            await wizard.ContinueToAsync("Review order");
            var dialog = await wizard.PayNowAsync();
            await dialog.AcknowledgeAsync();

            var list = new TrunkListPage(page);
            await Expect(list.ActionBadge(name)).ToHaveTextAsync("SUCCESS");
            var trunk = await list.OpenTrunkAsync(name);
            await Expect(page.GetByTestId("destination-state-0")).ToHaveTextAsync("UP", new() { Timeout = 15_000 });
            await Expect(page.GetByTestId("destination-state-1")).ToHaveTextAsync("UP", new() { Timeout = 15_000 });
            await Expect(page.GetByTestId("destination-1")).ToContainTextAsync(secondHost);
            var document = await trunk.DocumentMarkerAsync();

            // B4: the edge's count of calls up, on the page as they run.
            var trunkId = page.Url.Split('/')[^1];
            var calls = Sipp.RunAsync(FrankfurtEdge, "invite.xml", "platform", extraHeader: $"X-IB-Trunk: {trunkId}", calls: 2, rate: 20, holdMs: 4000);
            await Expect(page.GetByTestId("active-calls")).ToHaveTextAsync("Active calls: 2 of 20", new() { Timeout = 10_000 });
            await calls.ShouldPassAsync();
            await Expect(page.GetByTestId("active-calls")).ToHaveTextAsync("Active calls: 0 of 20", new() { Timeout = 10_000 });
            Assert.Equal(2, first.Received("INVITE"));

            second.Stop();
            await Expect(page.GetByTestId("destination-state-1")).ToHaveTextAsync("DOWN", new() { Timeout = 15_000 });
            await Expect(page.GetByTestId("destination-state-0")).ToHaveTextAsync("UP");
            await Expect(page.GetByTestId("health-timeline")).ToContainTextAsync(secondHost);
            await Expect(page.GetByTestId("health-timeline")).ToContainTextAsync("down");

            await page.GetByTestId("test-routing").ClickAsync();
            var explanation = page.GetByTestId("routing-explanation");
            await Expect(explanation).ToContainTextAsync($"A call now goes to {firstHost}: it is first in the failover order", new() { Timeout = 15_000 });
            await Expect(explanation).ToContainTextAsync($"{secondHost} is skipped: it did not answer");
            await trunk.AssertAccessibleAsync("trunk page: destination health after Test routing");
            Assert.Equal(document, await trunk.DocumentMarkerAsync());

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("health-csv").ClickAsync());
            var csv = await File.ReadAllLinesAsync(await download.PathAsync());
            Assert.Equal("time_utc,position,destination,state,round_trip_ms", csv[0]);
            Assert.Contains(csv, line => line.Contains($",2,{secondHost},DOWN,", StringComparison.Ordinal));
        });
    }
}
