using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>R3, G1: the secrets are shown once; copy and download work, and nothing secret remains after the dialog closes.</summary>
[Collection(SlowProvisioningCollection.Name)]
public sealed class CredentialsDialogTests(SlowProvisioningFixture app)
{
    [Fact]
    [Trait("Rule", "G1")]
    [Trait("Rule", "R3")]
    public async Task CredentialsDialog_ShouldCopyAndDownloadTheSecrets_AndForgetThemWhenClosed()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("Copy me");
        await app.RunAsync(async page =>
        {
            await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl });
            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.ReviewRegisteredTrunkAsync(name);
            var dialog = await wizard.PayNowAsync();

            var username = await dialog.ValueAsync("Username");
            var password = await dialog.ValueAsync("Password");
            Assert.NotEmpty(password);
            Assert.Equal(password, await dialog.CopyAsync("Password"));
            Assert.Equal(username, await dialog.CopyAsync("Username"));

            var download = await dialog.DownloadAsync();
            Assert.Equal($"sip-trunk-{name.ToLowerInvariant().Replace(' ', '-')}.txt", download.SuggestedFilename);
            var text = await File.ReadAllTextAsync((await download.PathAsync())!);
            Assert.Contains($"SIP trunk: {name}", text);
            Assert.Contains($"Username: {username}", text);
            Assert.Contains($"Password: {password}", text);

            await dialog.AcknowledgeAsync();
            await Expect(dialog.Text(password)).ToHaveCountAsync(0);
            Assert.DoesNotContain(password, await dialog.HtmlAsync());
            var trunk = await new TrunkListPage(page).OpenTrunkAsync(name);
            await Expect(trunk.Setting("Username")).ToHaveTextAsync(username);
            Assert.DoesNotContain(password, await trunk.HtmlAsync());
        });
    }
}
