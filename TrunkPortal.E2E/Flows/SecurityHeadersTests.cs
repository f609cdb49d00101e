using Microsoft.Playwright;
using TrunkPortal.E2E.Infrastructure;
using TrunkPortal.E2E.Pages;
using TrunkPortal.E2E.TestData;
using static Microsoft.Playwright.Assertions;

namespace TrunkPortal.E2E.Flows;

/// <summary>The portal as Kestrel serves it: its headers, and a browser that runs it under the Content-Security-Policy.</summary>
[Collection(PortalCollection.Name)]
public sealed class SecurityHeadersTests(PortalAppFixture app)
{
    [Fact]
    public async Task Pages_ShouldCarryTheSecurityHeaders_AndNoServerHeader()
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var page = await http.GetAsync("/Account/Login");
        var api = await http.GetAsync("/calls/1/sip-trunks");

        var csp = string.Join(" ", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(page.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(page.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.False(page.Headers.Contains("Server"));
        Assert.False(api.Headers.Contains("Server"));
        Assert.Equal("nosniff", Assert.Single(api.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(api.Headers.CacheControl?.NoStore, "API answers are not cached");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/favicon.svg")).StatusCode);
    }

    [Fact]
    public async Task Portal_ShouldRunUnderItsContentSecurityPolicy_WithoutConsoleErrorsOrMissingFiles()
    {
        var account = await app.CreateAccountAsync();
        await app.RunAsync(async page =>
        {
            var problems = new List<string>();
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    problems.Add(message.Text);
                }
            };
            page.Response += (_, response) =>
            {
                if (response.Status == 404)
                {
                    problems.Add($"404 {response.Url}");
                }
            };

            await new SignInPage(page).SignInAsync(account.Admin);
            var wizard = new WizardPage(page);
            await wizard.ReviewRegisteredTrunkAsync(TestSetup.Unique("CSP"));
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pay now", Exact = true })).ToBeEnabledAsync();

            Assert.Empty(problems);
        });
    }
}
