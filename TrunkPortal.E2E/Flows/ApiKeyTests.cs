using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>R3: an API key is shown once when created, listed by its prefix only, and can be revoked.</summary>
[Collection(SlowProvisioningCollection.Name)]
public sealed class ApiKeyTests(SlowProvisioningFixture app)
{
    [Fact]
    [Trait("Rule", "R3")]
    public async Task ApiKey_ShouldBeShownOnce_ThenListedByPrefix_AndRevoked()
    {
        var account = await app.CreateAccountAsync();
        var name = TestSetup.Unique("CI script");
        await app.RunAsync(async page =>
        {
            await new SignInPage(page).SignInAsync(account.Admin);
            var keys = new ApiKeysPage(page);
            await keys.OpenAsync();
            await keys.CreateAsync(name);
            var key = await keys.CreatedKeyAsync(name);
            Assert.True(key.Length > 20, "The new key is shown in full once.");
            await keys.AcknowledgeAsync();

            await Expect(keys.Row(name)).ToBeVisibleAsync();
            Assert.DoesNotContain(key, await keys.HtmlAsync());
            await keys.RevokeAsync(name);
            await Expect(keys.Row(name)).ToContainTextAsync("Revoked");
        });
    }
}
