using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>R2, T1, T3: what support does from the console, and what the account admin can and cannot do afterwards.</summary>
[Collection(PortalCollection.Name)]
public sealed class SupportFlowTests(PortalAppFixture app)
{
    [Fact]
    [Trait("Rule", "G2")]
    [Trait("Rule", "R2")]
    public async Task Support_ShouldResetARegisteredTrunksPassword_AndTheAdminIsTold()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Reg reset");
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.RegisteredRequest(name));
        await app.RunAsync(async page =>
        {
            var trunk = await OpenAsSupportAsync(page, name);
            var dialog = await trunk.ResetCredentialsAsync("Reset password");
            await Expect(dialog.Field("Username")).ToHaveValueAsync(created.Secrets!.Username!);
            await Expect(dialog.Field("Password")).Not.ToHaveValueAsync(created.Secrets.Password!);
            await dialog.AcknowledgeAsync();

            await new SignInPage(page).SwitchUserAsync(account.Admin);
            await trunk.OpenAsync(created.Trunk.Id);
            await Expect(trunk.CredentialsResetNotice).ToContainTextAsync($"by {DemoUsers.Support.Email}");
        });
    }

    [Fact]
    [Trait("Rule", "A4")]
    [Trait("Rule", "R2")]
    public async Task Support_ShouldResetAnAuthenticatedTrunksCredentials()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Auth reset");
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.AuthenticatedRequest(name));
        await app.RunAsync(async page =>
        {
            var trunk = await OpenAsSupportAsync(page, name);
            var dialog = await trunk.ResetCredentialsAsync("Reset credentials");
            await Expect(dialog.Warning).ToBeVisibleAsync();
            await Expect(dialog.Field("Header value (X-IB-AccessCode)")).Not.ToHaveValueAsync(created.Secrets!.HeaderValue!);
            await Expect(dialog.Field("Inbound DIGEST password")).Not.ToBeEmptyAsync();
            await dialog.AcknowledgeAsync();
            await Expect(trunk.CredentialsResetNotice).ToBeVisibleAsync();
        });
    }

    [Fact]
    [Trait("Rule", "T1")]
    [Trait("Rule", "T4")]
    [Trait("Rule", "R2")]
    public async Task SystemDisabledTrunk_ShouldOnlyBeEnabledByTheAdmin_AfterSupportFixedTheRootCause()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Fraud");
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.StaticRequest(name));
        await app.RunAsync(async page =>
        {
            var signIn = new SignInPage(page);
            var trunk = await OpenAsSupportAsync(page, name);
            await trunk.Support.SystemDisableAsync("Fraud suspected on this trunk");
            await Expect(trunk.AdminBadge).ToHaveTextAsync("SYSTEM_DISABLED");
            var supportUrl = page.Url;

            await signIn.SwitchUserAsync(account.Admin);
            await trunk.OpenAsync(created.Trunk.Id);
            await Expect(trunk.AdminBadge).ToHaveTextAsync("SYSTEM_DISABLED");
            await Expect(trunk.Action("Enable")).ToBeDisabledAsync();
            Assert.Contains("Fraud suspected on this trunk", await trunk.DisabledReasonAsync("Enable"));

            await signIn.SwitchUserAsync(DemoUsers.Support);
            await trunk.OpenAsync(new Uri(supportUrl).AbsolutePath);
            await trunk.Support.RootCauseFixedAsync();
            await Expect(trunk.AdminBadge).ToHaveTextAsync("DISABLED");

            await signIn.SwitchUserAsync(account.Admin);
            await trunk.OpenAsync(created.Trunk.Id);
            await trunk.EnableAsync();
            await Expect(trunk.AdminBadge).ToHaveTextAsync("ENABLED");
        });
    }

    [Fact]
    [Trait("Rule", "T3")]
    [Trait("Rule", "T4")]
    public async Task ScheduledReset_ShouldRollTheEditBack_AndLeaveTheAdminEveryAction()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Rolled back");
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.StaticRequest(name));
        await app.RunAsync(async page =>
        {
            var trunk = await OpenAsSupportAsync(page, name);
            await trunk.Support.ScheduleFaultAsync("RESET", "Invalid source IP.");
            await Expect(trunk.Snackbar).ToContainTextAsync("The next action will end RESET.");

            await app.UpdateTrunkAsync(account.Id, created.Trunk.Id, s => s.ChannelLimit = 30);
            await new SignInPage(page).SwitchUserAsync(account.Admin);
            await trunk.OpenAsync(created.Trunk.Id);
            await Expect(trunk.ActionBadge).ToHaveTextAsync("RESET");
            await Expect(trunk.LastActionAlert).ToContainTextAsync("The last action ended RESET: Invalid source IP.");
            await Expect(trunk.Setting("Channels")).ToHaveTextAsync("10");
            await Expect(trunk.Action("Edit")).ToBeEnabledAsync();
            await Expect(trunk.Action("Disable")).ToBeEnabledAsync();
            await Expect(trunk.Action("Delete")).ToBeEnabledAsync();
        });
    }

    [Fact]
    [Trait("Rule", "T3")]
    [Trait("Rule", "T4")]
    public async Task ScheduledFailure_ShouldLeaveTheAdminOnlyDelete()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Failed");
        var created = await app.CreateTrunkAsync(account.Id, TestSetup.StaticRequest(name));
        await app.RunAsync(async page =>
        {
            var trunk = await OpenAsSupportAsync(page, name);
            await trunk.Support.ScheduleFaultAsync("FAILED", "Invalid source IP.");
            await Expect(trunk.Snackbar).ToContainTextAsync("The next action will end FAILED.");

            await app.UpdateTrunkAsync(account.Id, created.Trunk.Id, s => s.ChannelLimit = 30);
            await new SignInPage(page).SwitchUserAsync(account.Admin);
            await trunk.OpenAsync(created.Trunk.Id);
            await Expect(trunk.ActionBadge).ToHaveTextAsync("FAILED");
            await Expect(trunk.LastActionAlert).ToContainTextAsync("Invalid source IP.");
            foreach (var refused in new[] { "Edit", "Disable" })
            {
                await Expect(trunk.Action(refused)).ToBeDisabledAsync();
                Assert.Contains("only delete is allowed", await trunk.DisabledReasonAsync(refused));
            }

            await trunk.DeleteAsync(name);
            await Expect(trunk.Snackbar).ToContainTextAsync("Deletion submitted");
            var list = new TrunkListPage(page);
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/trunks$"));
            await Expect(list.Row(name)).ToHaveCountAsync(0);
        });
    }

    private static async Task<TrunkPage> OpenAsSupportAsync(Microsoft.Playwright.IPage page, string trunkName)
    {
        await new SignInPage(page).SignInAsync(DemoUsers.Support);
        var console = new SupportConsolePage(page);
        await console.OpenAsync();
        return await console.OpenTrunkAsync(trunkName);
    }
}
