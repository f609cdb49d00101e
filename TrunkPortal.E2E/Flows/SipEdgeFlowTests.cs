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
            Assert.Equal(0, await Sipp.RunAsync(FrankfurtEdge, "register.xml", username, password, localPort: pbxPort));
            await Expect(list.RegistrationBadge(name)).ToHaveTextAsync("REGISTERED", new() { Timeout = 10_000 });

            Assert.Equal(0, await Sipp.RunAsync(FrankfurtEdge, "register.xml", username, password, expires: 0, localPort: pbxPort));
            await Expect(list.RegistrationBadge(name)).ToHaveTextAsync("UNREGISTERED", new() { Timeout = 10_000 });
            Assert.Equal(document, await list.DocumentMarkerAsync());
        });
    }
}
