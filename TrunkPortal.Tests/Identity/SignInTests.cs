using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrunkPortal.Data;

using TrunkPortal.Tests.Infrastructure;

namespace TrunkPortal.Tests.Identity;

[Trait("Db", "Both")]
public sealed class SignInTests : IAsyncLifetime
{
    private const string AcmeAdmin = "admin@acme.test";
    private const string AcmePassword = "Acme-Demo-Pass-2026!";

    private readonly PortalAppFactory _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    [Trait("Rule", "R1")]
    public async Task TrunkList_ShouldRedirectToSignIn_WhenAnonymous()
    {
        var response = await _app.CreateBrowser().GetAsync("/trunks");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task UnknownPage_ShouldRedirectToSignIn_WhenAnonymous()
    {
        var response = await _app.CreateBrowser().GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task UnknownPage_ShouldAnswer404_WhenSignedIn()
    {
        var browser = _app.CreateBrowser();
        await StaticForm.SignInAsync(browser, AcmeAdmin, AcmePassword);

        var response = await browser.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task SignInPage_ShouldAnswer200_WhenAnonymous()
    {
        var response = await _app.CreateBrowser().GetAsync("/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task TrunkList_ShouldAnswer200_WhenSignedInAsSeededAdmin()
    {
        var browser = _app.CreateBrowser();

        var signIn = await StaticForm.SignInAsync(browser, AcmeAdmin, AcmePassword);
        var trunks = await browser.GetAsync("/trunks");

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.DoesNotContain("Account/Login", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, trunks.StatusCode);
        Assert.Contains("acme admin", await trunks.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task SignIn_ShouldStaySignedOut_WhenPasswordWrong()
    {
        var browser = _app.CreateBrowser();

        var signIn = await StaticForm.SignInAsync(browser, AcmeAdmin, "Wrong-Password-123!");
        var trunks = await browser.GetAsync("/trunks");

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("do not match a sign-in", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, trunks.StatusCode);
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task SignIn_ShouldLockOut_WhenFiveWrongPasswords()
    {
        var browser = _app.CreateBrowser();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var wrong = await StaticForm.SignInAsync(browser, AcmeAdmin, "Wrong-Password-123!");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var fifth = await StaticForm.SignInAsync(browser, AcmeAdmin, "Wrong-Password-123!");
        var rightPasswordAfterwards = await StaticForm.SignInAsync(browser, AcmeAdmin, AcmePassword);

        // Locked: the same page and words as a wrong password, so nobody learns which emails have a sign-in.
        foreach (var answer in new[] { fifth, rightPasswordAfterwards })
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains(WebUtility.HtmlEncode(TrunkPortal.Components.Account.Pages.Login.FailedMessage), await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/trunks")).StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(AcmeAdmin))!));
    }

    [Fact]
    [Trait("Rule", "R1")]
    public async Task SignOut_ShouldEndTheSession_WhenPosted()
    {
        var browser = _app.CreateBrowser();
        await StaticForm.SignInAsync(browser, AcmeAdmin, AcmePassword);
        var trunkPage = await browser.GetStringAsync("/trunks");
        var token = StaticForm.TokenIn(trunkPage);

        var signOut = await browser.PostAsync("/Account/Logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var trunks = await browser.GetAsync("/trunks");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, trunks.StatusCode);
    }
}
